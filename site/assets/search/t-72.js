(self.newsdigestSearch=self.newsdigestSearch||{})["t-72"]={"representatives":[5,12],"russia":[5,12]};
