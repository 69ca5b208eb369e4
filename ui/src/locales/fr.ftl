language-autonym = fr
