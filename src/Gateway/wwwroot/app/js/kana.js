// What the token can show (SPEC section 7): half-width katakana, A-Z, 0-9, space and ( ) . - /. People type
// full-width katakana, hiragana, lower case and full-width signs; this converts them before they are sent.
const FULL = 'ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン';
const HALF = new Map([...FULL].map((c, i) => [c, String.fromCharCode(0xff66 + i)]));
HALF.set('\u3099', 'ﾞ').set('\u309a', 'ﾟ').set('\u3000', ' ').set('\u2010', '-').set('\u2212', '-');

/** The text in the token's characters where a conversion exists; anything else is left for the server to name. */
export function halfWidthKana(text) {
  return [...text.normalize('NFD')].map(c => {
    const code = c.charCodeAt(0);
    if (code >= 0x3041 && code <= 0x3096) c = String.fromCharCode(code + 0x60);
    else if (code >= 0xff01 && code <= 0xff5e) c = String.fromCharCode(code - 0xfee0);
    return HALF.get(c) ?? c;
  }).join('').toUpperCase().trim();
}
