language-autonym = zh
