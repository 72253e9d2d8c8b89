(self.newsdigestSearch=self.newsdigestSearch||{})["t-66"]={"for":[5,12],"force":[5],"friedrich":[3],"from":[5,8]};
