(self.newsdigestSearch=self.newsdigestSearch||{})["t-6b"]={"keir":[3],"kushner":[3,10],"kyiv":[5,12]};
