(self.newsdigestSearch=self.newsdigestSearch||{})["t-32"]={"2026":[8],"27":[12]};
