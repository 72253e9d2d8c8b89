(self.newsdigestSearch=self.newsdigestSearch||{})["t-7a"]={"zelensky":[3],"zelenskyy":[3,10]};
