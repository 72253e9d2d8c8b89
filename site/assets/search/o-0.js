(self.newsdigestSearch=self.newsdigestSearch||{})["o-0"]=[0];
