language-autonym = ru
