(self.newsdigestSearch=self.newsdigestSearch||{})["t-36"]={"6":[8]};
