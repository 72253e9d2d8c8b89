(self.newsdigestSearch=self.newsdigestSearch||{})["t-30"]={"06":[5]};
