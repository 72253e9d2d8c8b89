(self.newsdigestSearch=self.newsdigestSearch||{})["t-76"]={"vladimir":[3],"volodymyr":[3,10]};
