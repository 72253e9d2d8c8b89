(self.newsdigestSearch=self.newsdigestSearch||{})["t-6c"]={"leaders":[8],"level":[5,12]};
