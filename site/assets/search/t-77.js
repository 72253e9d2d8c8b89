(self.newsdigestSearch=self.newsdigestSearch||{})["t-77"]={"war":[1],"with":[5,12],"witkoff":[3,10]};
