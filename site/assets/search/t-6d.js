(self.newsdigestSearch=self.newsdigestSearch||{})["t-6d"]={"macron":[3,10],"meeting":[5,12],"merz":[3],"multinational":[5]};
