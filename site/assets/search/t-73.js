(self.newsdigestSearch=self.newsdigestSearch||{})["t-73"]={"s":[8],"security":[1,12],"starmer":[3],"state":[12],"steve":[3,10],"structure":[5]};
