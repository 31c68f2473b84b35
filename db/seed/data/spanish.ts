import type { CategorySlug } from "../fixtures";
import type { ColourName } from "./colours";

/** Spanish slug, name and description of one demo category or product. */
type SpanishText = { slug: string; name: string; description: string };

/** Spanish content of each demo category, by its English slug. */
export const CATEGORIES_ES: Record<CategorySlug, SpanishText> = {
  knitwear: {
    slug: "punto",
    name: "Punto",
    description: "Jerséis, cárdigans y chalecos de merino, cachemir y lana de cordero, tejidos para durar años.",
  },
  "t-shirts-tops": {
    slug: "camisetas-y-tops",
    name: "Camisetas y tops",
    description: "Camisetas, camisas y polos para el día a día, en algodón orgánico y lino.",
  },
  "jackets-coats": {
    slug: "chaquetas-y-abrigos",
    name: "Chaquetas y abrigos",
    description: "Prendas de abrigo para cada estación, desde chubasqueros ligeros hasta abrigos de lana.",
  },
  "trousers-jeans": {
    slug: "pantalones-y-vaqueros",
    name: "Pantalones y vaqueros",
    description: "Vaqueros, chinos y pantalones de sastre en cortes rectos, slim y anchos.",
  },
  "dresses-skirts": {
    slug: "vestidos-y-faldas",
    name: "Vestidos y faldas",
    description:
      "Vestidos y faldas fáciles de llevar, en lino, satén y punto suave, pensados para los días de calor en España.",
  },
  shoes: {
    slug: "zapatos",
    name: "Zapatos",
    description: "Zapatillas, botas y zapatos de piel fabricados en España, en numeración europea.",
  },
  "bags-accessories": {
    slug: "bolsos-y-accesorios",
    name: "Bolsos y accesorios",
    description: "Bolsos, gorras, bufandas y pequeña marroquinería para completar cualquier look.",
  },
  home: {
    slug: "hogar",
    name: "Hogar",
    description: "Gres, velas, lino e iluminación para una casa más serena.",
  },
};

/** Spanish name of each colour. */
export const COLOURS_ES: Record<ColourName, string> = {
  Amber: "Ámbar",
  Black: "Negro",
  Blush: "Rosa palo",
  Brown: "Marrón",
  Burgundy: "Burdeos",
  Camel: "Camel",
  Champagne: "Champán",
  Charcoal: "Gris marengo",
  Cognac: "Coñac",
  Cream: "Crema",
  Ecru: "Crudo",
  Forest: "Verde bosque",
  "Grey Marl": "Gris jaspeado",
  Indigo: "Índigo",
  Ivory: "Marfil",
  Khaki: "Caqui",
  "Light Wash": "Lavado claro",
  Lilac: "Lila",
  "Mid Wash": "Lavado medio",
  Mustard: "Mostaza",
  Navy: "Azul marino",
  "Navy Stripe": "Rayas azul marino",
  Oatmeal: "Avena",
  Olive: "Verde oliva",
  "Red Stripe": "Rayas rojas",
  Rust: "Óxido",
  Sage: "Verde salvia",
  Sand: "Arena",
  Sky: "Azul cielo",
  Smoke: "Gris humo",
  Stone: "Piedra",
  Tan: "Cuero",
  Terracotta: "Terracota",
  Tobacco: "Tabaco",
  Tortoise: "Carey",
  "Washed Black": "Negro lavado",
  White: "Blanco",
};

/** Spanish content of each demo product, by its English slug. */
export const PRODUCTS_ES: Record<string, SpanishText> = {
  // Punto
  "merino-wool-jumper": {
    slug: "jersey-de-lana-merino",
    name: "Jersey de lana merino",
    description:
      "Un clásico jersey de cuello redondo tejido en merino australiano extrafino. Lo bastante ligero para ponerlo bajo un abrigo y lo bastante cálido para llevarlo solo. Se puede lavar a máquina con el programa de lana.",
  },
  "cashmere-crew-neck": {
    slug: "jersey-de-cachemir-de-cuello-redondo",
    name: "Jersey de cachemir de cuello redondo",
    description:
      "Cachemir mongol puro en un corte relajado, con el hombro ligeramente caído. Cepillado para lograr un tacto suave que mejora con cada uso.",
  },
  "cable-knit-cardigan": {
    slug: "chaqueta-de-punto-de-ochos",
    name: "Chaqueta de punto de ochos",
    description:
      "Una chaqueta de punto grueso con el clásico dibujo de ochos y botones efecto asta. Tejida en una mezcla de lana y alpaca que mantiene la forma.",
  },
  "chunky-roll-neck": {
    slug: "jersey-grueso-de-cuello-vuelto",
    name: "Jersey grueso de cuello vuelto",
    description:
      "Un amplio jersey de cuello vuelto en una suave mezcla de lana de cordero, tejido en galga gruesa. Pensado para las mañanas frías y los paseos largos.",
  },
  "lambswool-v-neck": {
    slug: "jersey-de-pico-de-lana-de-cordero",
    name: "Jersey de pico de lana de cordero",
    description:
      "Un jersey de pico de líneas limpias en lana de cordero escocesa, con puños y bajo de canalé. Llévalo sobre una camisa para ir a la oficina o con una camiseta el fin de semana.",
  },
  "knitted-vest": {
    slug: "chaleco-de-punto",
    name: "Chaleco de punto",
    description:
      "Un chaleco sin mangas con cuello de pico, en punto texturizado de algodón y lana. La forma más fácil de añadir una capa sin abultar.",
  },
  "mohair-blend-cardigan": {
    slug: "cardigan-de-mezcla-de-mohair",
    name: "Cárdigan de mezcla de mohair",
    description:
      "Un cárdigan ligero y vaporoso en mezcla de mohair cepillado, de largo algo más corto. Rematado con botones nacarados.",
  },
  "zip-neck-sweater": {
    slug: "jersey-con-media-cremallera",
    name: "Jersey con media cremallera",
    description:
      "Un jersey con media cremallera en punto de merino tupido y cuello alzado. Súbela para protegerte del viento o llévalo abierto sobre una camiseta.",
  },

  // Camisetas y tops
  "organic-cotton-t-shirt": {
    slug: "camiseta-de-algodon-organico",
    name: "Camiseta de algodón orgánico",
    description:
      "Nuestra camiseta de diario en punto de algodón orgánico de gramaje medio. Corte regular y un cuello redondo impecable que mantiene la forma lavado tras lavado.",
  },
  "breton-stripe-tee": {
    slug: "camiseta-marinera-de-rayas",
    name: "Camiseta marinera de rayas",
    description:
      "La raya marinera de siempre, en punto de algodón grueso con amplio cuello barco. Teñida en hilo para que las rayas se mantengan nítidas.",
  },
  "heavyweight-pocket-tee": {
    slug: "camiseta-gruesa-con-bolsillo",
    name: "Camiseta gruesa con bolsillo",
    description:
      "Una camiseta de corte cuadrado en algodón de 240 g/m² con bolsillo en el pecho. Teñida en prenda para lograr un color con aspecto gastado desde el primer día.",
  },
  "oxford-shirt": {
    slug: "camisa-oxford",
    name: "Camisa oxford",
    description:
      "Una camisa oxford de cuello abotonado en suave algodón de ligamento panamá. Lo bastante formal para la oficina y lo bastante informal para llevar con vaqueros.",
  },
  "linen-shirt": {
    slug: "camisa-de-lino",
    name: "Camisa de lino",
    description:
      "Lino europeo puro, lavado para darle suavidad, en un corte holgado. La camisa para los largos veranos del Mediterráneo.",
  },
  "pique-polo": {
    slug: "polo-de-pique",
    name: "Polo de piqué",
    description:
      "Un polo clásico de piqué de algodón transpirable, con tapeta de dos botones. El cuello y los puños de canalé le dan un aspecto siempre impecable.",
  },
  "ribbed-tank-top": {
    slug: "camiseta-de-tirantes-de-canale",
    name: "Camiseta de tirantes de canalé",
    description:
      "Una camiseta de tirantes ajustada en algodón de canalé elástico. Sola en verano o debajo de una camisa.",
  },
  "long-sleeve-henley": {
    slug: "camiseta-henley-de-manga-larga",
    name: "Camiseta henley de manga larga",
    description:
      "Una camiseta henley de manga larga en algodón flamé con tapeta de tres botones. Suave, con textura y perfecta para llevar por capas.",
  },
  "loopback-hoodie": {
    slug: "sudadera-con-capucha-de-felpa",
    name: "Sudadera con capucha de felpa",
    description:
      "Una sudadera con capucha de gramaje alto en felpa de algodón orgánico, con bolsillo canguro. Por dentro está solo ligeramente perchada, para que resulte cómoda también en interiores.",
  },

  // Chaquetas y abrigos
  "wool-overcoat": {
    slug: "abrigo-de-lana",
    name: "Abrigo de lana",
    description:
      "Un abrigo de botonadura sencilla en lana y cachemir italianos, con un largo justo por encima de la rodilla. Totalmente forrado, con un bolsillo interior para el móvil.",
  },
  "cotton-trench-coat": {
    slug: "gabardina-de-algodon",
    name: "Gabardina de algodón",
    description:
      "La gabardina de siempre, en sarga de algodón repelente al agua, con canesú antilluvia y cinturón para anudar. Pensada para llevarla durante décadas.",
  },
  "quilted-puffer-jacket": {
    slug: "chaqueta-acolchada",
    name: "Chaqueta acolchada",
    description:
      "Una chaqueta acolchada y cálida, con un relleno reciclado alternativo a la pluma que sigue abrigando aunque esté húmedo. Se guarda en su propio bolsillo para viajar.",
  },
  "denim-jacket": {
    slug: "chaqueta-vaquera",
    name: "Chaqueta vaquera",
    description:
      "Una cazadora de estilo trucker en denim rígido de 13 oz que se suaviza y se desgasta contigo. Dos bolsillos en el pecho y botones metálicos.",
  },
  "waxed-field-jacket": {
    slug: "chaqueta-encerada",
    name: "Chaqueta encerada",
    description:
      "Una chaqueta de campo con cuatro bolsillos, en algodón encerado y con cuello de pana. Repele la lluvia sin problema y puede volver a encerarse durante años.",
  },
  "bomber-jacket": {
    slug: "cazadora-bomber",
    name: "Cazadora bomber",
    description:
      "Una bomber ligera de nailon mate con cuello, puños y bajo de canalé. Ligeramente acolchada para las noches de primavera.",
  },
  "hooded-rain-jacket": {
    slug: "chubasquero-con-capucha",
    name: "Chubasquero con capucha",
    description:
      "Una chaqueta totalmente impermeable con costuras selladas y capucha ajustable. Tan ligera que puede ir en tu bolso todo el año.",
  },
  "shearling-aviator-jacket": {
    slug: "cazadora-aviador-de-borrego",
    name: "Cazadora aviador de borrego",
    description:
      "Una edición limitada de cazadoras aviador en borrego de merino español, con un amplio cuello y una tira con hebilla para cerrarlo. Cada piel es única.",
  },
  "cord-overshirt": {
    slug: "sobrecamisa-de-pana",
    name: "Sobrecamisa de pana",
    description:
      "Una sobrecamisa gruesa de pana de 8 canales con dos bolsillos con solapa. Aún no está a la venta: falta la sesión de fotos.",
  },

  // Pantalones y vaqueros
  "straight-leg-jeans": {
    slug: "vaqueros-rectos",
    name: "Vaqueros rectos",
    description:
      "Nuestro corte más vendido: tiro medio y pernera recta de la cadera al bajo. Confeccionados en denim orgánico de 12 oz con un punto de elasticidad.",
  },
  "slim-fit-jeans": {
    slug: "vaqueros-slim",
    name: "Vaqueros slim",
    description:
      "Una pernera slim que se estrecha suavemente por debajo de la rodilla, en denim elástico que mantiene la forma todo el día.",
  },
  "wide-leg-jeans": {
    slug: "vaqueros-de-pernera-ancha",
    name: "Vaqueros de pernera ancha",
    description:
      "Talle alto y una pernera amplia que cae recta hasta el suelo. Denim de algodón rígido con aire vintage.",
  },
  "cotton-chinos": {
    slug: "pantalon-chino-de-algodon",
    name: "Pantalón chino de algodón",
    description:
      "Pantalón chino clásico en sarga de algodón teñida en prenda, con la pernera estrechada hacia el tobillo. El pantalón que más te vas a poner.",
  },
  "pleated-wool-trousers": {
    slug: "pantalon-de-lana-con-pinzas",
    name: "Pantalón de lana con pinzas",
    description:
      "Pantalón de sastre de corte relajado con una pinza delantera, en una mezcla de lana fluida. Combínalo con punto o con una camisa impecable.",
  },
  "linen-drawstring-trousers": {
    slug: "pantalon-de-lino-con-cordon",
    name: "Pantalón de lino con cordón",
    description:
      "Pantalón de lino fresco con cintura elástica ajustable con cordón y bolsillos laterales. Pensado para los días más calurosos del año.",
  },
  "corduroy-trousers": {
    slug: "pantalon-de-pana",
    name: "Pantalón de pana",
    description: "Pantalón de pernera recta en pana suave de 14 canales. Cálido, resistente y con un punto retro.",
  },
  "relaxed-joggers": {
    slug: "pantalon-jogger-holgado",
    name: "Pantalón jogger holgado",
    description:
      "Pantalón jogger de felpa de algodón con puños de canalé y cintura con cordón. Lo bastante arreglado para salir de casa con él.",
  },
  "denim-shorts": {
    slug: "pantalon-corto-vaquero",
    name: "Pantalón corto vaquero",
    description:
      "Pantalón corto vaquero de cinco bolsillos con el bajo sin rematar, que se deshilacha un poco más cada verano.",
  },

  // Vestidos y faldas
  "linen-midi-dress": {
    slug: "vestido-midi-de-lino",
    name: "Vestido midi de lino",
    description:
      "Un vestido midi holgado de lino lavado, con manga corta y bolsillos laterales profundos. Fresco, cómodo y pensado para las noches de verano.",
  },
  "satin-slip-dress": {
    slug: "vestido-lencero-de-saten",
    name: "Vestido lencero de satén",
    description:
      "Un vestido lencero cortado al bies en satén fluido, con finos tirantes ajustables. Arréglalo con tacones o dale un aire más informal con un jersey grueso.",
  },
  "knitted-midi-dress": {
    slug: "vestido-midi-de-punto",
    name: "Vestido midi de punto",
    description:
      "Un vestido midi de manga larga en suave punto de canalé que se ciñe ligeramente al cuerpo. Con botas, abriga lo suficiente para el otoño.",
  },
  "poplin-shirt-dress": {
    slug: "vestido-camisero-de-popelin",
    name: "Vestido camisero de popelín",
    description:
      "Un vestido camisero de popelín de algodón de tacto firme, con falda amplia y manga corta. Llévalo con cinturón o suelto.",
  },
  "wrap-dress": {
    slug: "vestido-cruzado",
    name: "Vestido cruzado",
    description:
      "Un favorecedor vestido cruzado de crepé suave que se anuda a la cintura. No se arruga en la maleta, así que es ideal para viajar.",
  },
  "tiered-maxi-dress": {
    slug: "vestido-largo-de-volantes",
    name: "Vestido largo de volantes",
    description:
      "Un vaporoso vestido largo de voile de algodón con tres volantes fruncidos. Totalmente forrado para que nunca transparente.",
  },
  "pleated-midi-skirt": {
    slug: "falda-midi-plisada",
    name: "Falda midi plisada",
    description:
      "Una falda midi con plisado sol que se mueve de maravilla al caminar. Con elástico en la parte trasera de la cintura para mayor comodidad.",
  },
  "denim-mini-skirt": {
    slug: "minifalda-vaquera",
    name: "Minifalda vaquera",
    description: "Una minifalda de cinco bolsillos en denim de algodón rígido, con la clásica silueta en A.",
  },
  "satin-midi-skirt": {
    slug: "falda-midi-de-saten",
    name: "Falda midi de satén",
    description:
      "Una falda midi cortada al bies en satén brillante, con cremallera lateral invisible. Combínala con una prenda de punto para crear contraste.",
  },

  // Zapatos
  "leather-court-trainers": {
    slug: "zapatillas-de-piel",
    name: "Zapatillas de piel",
    description:
      "Zapatillas minimalistas de estilo tenis en piel plena flor, con suela de goma cosida tipo cupsole. Fabricadas en Elche y pensadas para poder cambiarles la suela.",
  },
  "suede-running-trainers": {
    slug: "zapatillas-running-de-ante",
    name: "Zapatillas running de ante",
    description:
      "Unas zapatillas running de aire retro en ante y malla, sobre una suela amortiguada de EVA. Ligeras, con buen agarre y cómodas desde el primer día.",
  },
  "canvas-high-tops": {
    slug: "zapatillas-altas-de-lona",
    name: "Zapatillas altas de lona",
    description: "Zapatillas altas clásicas de lona de algodón gruesa con suela de goma vulcanizada.",
  },
  "suede-chelsea-boots": {
    slug: "botas-chelsea-de-ante",
    name: "Botas chelsea de ante",
    description:
      "Botas chelsea de ante repelente al agua, con elásticos laterales y tirador trasero. Su suela con cosido Goodyear permite repararlas durante años.",
  },
  "lace-up-hiking-boots": {
    slug: "botas-de-montana-con-cordones",
    name: "Botas de montaña con cordones",
    description:
      "Botas de montaña impermeables de piel, con suela de tacos de gran agarre y caña acolchada. Igual de a gusto en los Pirineos que en la ciudad.",
  },
  "penny-loafers": {
    slug: "mocasines-con-antifaz",
    name: "Mocasines con antifaz",
    description:
      "Mocasines con antifaz cosidos a mano en piel de becerro pulida, con suela de cuero. Se adaptan a tu pie en una semana.",
  },
  "leather-sandals": {
    slug: "sandalias-de-piel",
    name: "Sandalias de piel",
    description:
      "Sandalias planas con tiras de piel cruzadas y plantilla acolchada. Hechas en Menorca con técnicas tradicionales.",
  },
  "ballet-flats": {
    slug: "bailarinas",
    name: "Bailarinas",
    description:
      "Bailarinas de piel suave con suela flexible y un pequeño lazo. Tan cómodas que puedes llevarlas todo el día.",
  },

  // Bolsos y accesorios
  "canvas-tote-bag": {
    slug: "bolso-tote-de-lona",
    name: "Bolso tote de lona",
    description:
      "Un bolso tote amplio de lona orgánica gruesa, con asas largas y bolsillo interior con cremallera. Caben un portátil y la compra de la semana.",
  },
  "leather-crossbody-bag": {
    slug: "bolso-bandolera-de-piel",
    name: "Bolso bandolera de piel",
    description:
      "Un bolso bandolera compacto de piel de curtido vegetal, con correa ajustable. Caben el móvil, las llaves y las tarjetas, y nada más.",
  },
  "everyday-backpack": {
    slug: "mochila-de-diario",
    name: "Mochila de diario",
    description:
      "Una mochila de 20 litros en nailon reciclado resistente al agua, con funda acolchada para el portátil. Sencilla por fuera y organizada por dentro.",
  },
  "wool-baseball-cap": {
    slug: "gorra-de-beisbol-de-lana",
    name: "Gorra de béisbol de lana",
    description:
      "Una gorra de seis paneles en lana cepillada, con tira de piel en la parte trasera. Protege del sol en verano y del frío en invierno.",
  },
  "ribbed-beanie": {
    slug: "gorro-de-canale",
    name: "Gorro de canalé",
    description:
      "Un gorro de pescador en merino de canalé grueso con una vuelta amplia. Talla única que se adapta a casi todos.",
  },
  "lambswool-scarf": {
    slug: "bufanda-de-lana-de-cordero",
    name: "Bufanda de lana de cordero",
    description:
      "Una bufanda amplia tejida en suave lana de cordero y rematada con flecos cortos. Tan larga que da dos vueltas.",
  },
  "cotton-socks-3-pack": {
    slug: "pack-de-3-calcetines-de-algodon",
    name: "Pack de 3 calcetines de algodón",
    description:
      "Tres pares de calcetines de algodón peinado con talón y puntera reforzados. La talla S corresponde al 36-39, la M al 40-43 y la L al 44-46 (numeración europea).",
  },
  "leather-belt": {
    slug: "cinturon-de-piel",
    name: "Cinturón de piel",
    description:
      "Un cinturón de 3 cm cortado de una sola pieza de cuero de guarnicionería, con hebilla maciza de latón. Solo mejora con los años.",
  },
  "acetate-sunglasses": {
    slug: "gafas-de-sol-de-acetato",
    name: "Gafas de sol de acetato",
    description:
      "Gafas de sol redondeadas de acetato pulido a mano, con lentes polarizadas. Incluyen una funda de piel reciclada.",
  },
  "leather-card-holder": {
    slug: "tarjetero-de-piel",
    name: "Tarjetero de piel",
    description:
      "Un tarjetero fino con cuatro ranuras y un bolsillo central para billetes. Cosido a mano con retales de piel.",
  },

  // Hogar
  "stoneware-mug": {
    slug: "taza-de-gres",
    name: "Taza de gres",
    description:
      "Una taza de gres torneada a mano en un pequeño taller de Manises (Valencia). Cada esmaltado es ligeramente distinto. Capacidad: 350 ml.",
  },
  "fig-leaf-soy-candle": {
    slug: "vela-de-soja-con-aroma-a-hoja-de-higuera",
    name: "Vela de soja con aroma a hoja de higuera",
    description:
      "Una vela de cera de soja con aroma a hoja de higuera, cedro y un toque de sal marina. Vertida a mano en un tarro de vidrio reutilizable; dura unas 45 horas.",
  },
  "linen-cushion-cover": {
    slug: "funda-de-cojin-de-lino",
    name: "Funda de cojín de lino",
    description:
      "Una funda de cojín de lino lavado a la piedra con cremallera oculta, de 50 × 50 cm. Relleno no incluido.",
  },
  "wool-throw-blanket": {
    slug: "manta-de-lana",
    name: "Manta de lana",
    description:
      "Una manta suave tejida con lana reciclada, con una raya sencilla y flecos en los extremos. Con sus 130 × 180 cm, es perfecta para el sofá.",
  },
  "ceramic-table-lamp": {
    slug: "lampara-de-mesa-de-ceramica",
    name: "Lámpara de mesa de cerámica",
    description:
      "Una lámpara con pie de cerámica esmaltada y pantalla de tambor de lino. Da una luz cálida y uniforme, ideal para la mesilla o una mesa auxiliar.",
  },
  "linen-notebook": {
    slug: "cuaderno-de-lino",
    name: "Cuaderno de lino",
    description:
      "Un cuaderno A5 encuadernado en lino, con 192 páginas de papel punteado apto para pluma estilográfica. Se queda plano al abrirlo.",
  },
  "glass-bud-vase": {
    slug: "jarron-pequeno-de-vidrio",
    name: "Jarrón pequeño de vidrio",
    description:
      "Un pequeño jarrón de vidrio reciclado soplado a boca, perfecto para una sola flor. Cada uno tiene sus propias burbujas diminutas.",
  },
  "stoneware-dinner-plates": {
    slug: "platos-llanos-de-gres",
    name: "Platos llanos de gres",
    description: "Juego de cuatro platos llanos de 27 cm en gres moteado. Aptos para lavavajillas y horno.",
  },
  "waffle-bath-towel": {
    slug: "toalla-de-bano-de-nido-de-abeja",
    name: "Toalla de baño de nido de abeja",
    description:
      "Una toalla ligera de nido de abeja en algodón turco que se seca rápido y gana suavidad con cada lavado. Mide 70 × 140 cm.",
  },
  "enamel-camping-mug": {
    slug: "taza-esmaltada-de-camping",
    name: "Taza esmaltada de camping",
    description:
      "Una taza de acero con acabado esmaltado moteado, para ir de acampada o para el jardín. A la espera de la muestra final.",
  },
};
