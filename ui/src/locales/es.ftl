language-autonym = es
