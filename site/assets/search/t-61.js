(self.newsdigestSearch=self.newsdigestSearch||{})["t-61"]={"a":[5,12],"agreement":[5],"allies":[1,8],"alongside":[5],"amid":[12],"and":[5],"as":[12]};
