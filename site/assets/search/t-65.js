(self.newsdigestSearch=self.newsdigestSearch||{})["t-65"]={"effort":[12],"emmanuel":[3,10],"end":[12],"ending":[1],"envoys":[5],"european":[5],"event":[5],"explore":[5]};
