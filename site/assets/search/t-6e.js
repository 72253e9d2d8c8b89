(self.newsdigestSearch=self.newsdigestSearch||{})["t-6e"]={"nearly":[12],"negotiations":[12]};
