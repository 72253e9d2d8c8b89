(self.newsdigestSearch=self.newsdigestSearch||{})["t-70"]={"paris":[1,8],"part":[12],"path":[1],"peace":[12],"potential":[5,12],"putin":[3]};
