(self.newsdigestSearch=self.newsdigestSearch||{})["t-63"]={"ceasefire":[5],"convene":[1],"convened":[5],"countries":[5,12]};
