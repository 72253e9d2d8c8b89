(self.newsdigestSearch=self.newsdigestSearch||{})["t-62"]={"broader":[12],"brought":[5,12]};
