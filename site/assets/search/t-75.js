(self.newsdigestSearch=self.newsdigestSearch||{})["t-75"]={"ukraine":[1,8],"us":[5]};
