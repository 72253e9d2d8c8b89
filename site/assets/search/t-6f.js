(self.newsdigestSearch=self.newsdigestSearch||{})["t-6f"]={"of":[1,12],"on":[5,8],"ongoing":[12]};
