(self.newsdigestSearch=self.newsdigestSearch||{})["t-67"]={"gathered":[8],"guarantees":[1,12]};
