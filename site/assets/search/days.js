(self.newsdigestSearch=self.newsdigestSearch||{})["days"]={"starts":[[20459,0]],"undated":1};
