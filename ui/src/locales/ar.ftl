language-autonym = ar
