// French grammar shared by the wordings: agreement in number and the no-break spaces of
// French typography. One voice everywhere: a no-break space (U+00A0) before : ; ? ! and
// inside « », a typographic apostrophe ’, and a number followed by its agreed noun —
// never "erreur(s)". i18n is a leaf: nothing imported.

/** French plural: 0 and 1 take the singular. */
export const plural = (n: number, one: string, many: string) => (n <= 1 ? one : many);

/** "1 erreur", "3 erreurs", "2 points d’attention": the number and its agreed words (`many` defaults to `one` + s). */
export const counted = (n: number, one: string, many = `${one}s`) => `${n} ${plural(n, one, many)}`;

/** «\u00A0value\u00A0»: a quoted value, held to its guillemets by no-break spaces. */
export const quoted = (text: string) => `«\u00A0${text}\u00A0»`;
