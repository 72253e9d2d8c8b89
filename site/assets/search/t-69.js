(self.newsdigestSearch=self.newsdigestSearch||{})["t-69"]={"in":[1,8],"including":[5,12]};
