(self.newsdigestSearch=self.newsdigestSearch||{})["t-74"]={"the":[5,12],"to":[1,12],"together":[5,12],"top":[8],"tuesday":[5]};
