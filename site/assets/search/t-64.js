(self.newsdigestSearch=self.newsdigestSearch||{})["t-64"]={"discuss":[1,12]};
