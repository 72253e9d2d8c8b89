(self.newsdigestSearch=self.newsdigestSearch||{})["t-68"]={"heads":[12],"high":[5,12]};
