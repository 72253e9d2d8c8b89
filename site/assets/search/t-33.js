(self.newsdigestSearch=self.newsdigestSearch||{})["t-33"]={"35":[5,12]};
