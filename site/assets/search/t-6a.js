(self.newsdigestSearch=self.newsdigestSearch||{})["t-6a"]={"january":[5,8],"jared":[3,10]};
