/** Pseudo-translation that looks like Korean, to try layouts and the whole round trip without a translator. */
package net.wpxliff.pseudo;
