(self.newsdigestSearch=self.newsdigestSearch||{})["t-71"]={"qna":[5]};
