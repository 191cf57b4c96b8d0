// Curated places GeoNames' city extracts lack: governorates, border crossings, oil and gas fields, rivers, dams and
// lakes, regions, neighbourhoods, airports and bases, facilities (a prison, a water station), the M4 and M5 highways, and a few towns and villages the war made known (Baghuz, Adra,
// Dabiq, Bashiqa, Amerli, Jalawla, Sarrin, al-Rai, the Turkish border towns Karkamış and Yayladağı) and districts
// (Sheikh Maqsoud) that GeoNames' extracts lack. Written by hand (not generated).
//
// Coordinates are APPROXIMATE (centroids or a point inside the place, to about 0.1°; neighbourhoods
// sit near their city's centre).
//
// Governorates are named "X Governorate", where X is GeoNames' admin1 name, and their admin1 is X, so
// a GeoNames place's `admin1` equals its governorate's `admin1`. Their aliases are "X governorate",
// "X province" and "province of X" for each spelling X, and the bare spellings only where no
// settlement bears them: a bare "Raqqa" or "Deir Ezzor" is the city (in text and in queries), while
// "Anbar" or "Dhi Qar" name nothing but the governorate.
// Columns as in GazetteerData.swift: key, name, kind, country, admin1, lat, lon, population, aliases (|).
// Country is empty for regions spanning several countries. The neighbours' border provinces follow their own usage:
// Turkey's are "X Province", Jordan's "X Governorate" (GeoNames gives their settlements no admin1).

/// The hand-curated places of the gazetteer as TSV; parsed once by `Gazetteer`.
let placeSupplementTSV = #"""
sup:gov-sy-hasakah	Al-Hasakah Governorate	governorate	Syria	Al-Hasakah	36.50	40.90		Al-Hasakah province|province of Al-Hasakah|Hasakah governorate|Hasakah province|province of Hasakah|Hasakeh governorate|Hasakeh province|province of Hasakeh|Hassakeh governorate|Hassakeh province|province of Hassakeh|Hasaka governorate|Hasaka province|province of Hasaka|Al-Hasaka governorate|Al-Hasaka province|province of Al-Hasaka
sup:gov-sy-latakia	Latakia Governorate	governorate	Syria	Latakia	35.60	36.00		Latakia province|province of Latakia|Lattakia governorate|Lattakia province|province of Lattakia|Al-Ladhiqiyah governorate|Al-Ladhiqiyah province|province of Al-Ladhiqiyah|Ladhiqiyah governorate|Ladhiqiyah province|province of Ladhiqiyah
sup:gov-sy-quneitra	Quneitra Governorate	governorate	Syria	Quneitra	33.10	35.85		Quneitra province|province of Quneitra|Al-Qunaytirah governorate|Al-Qunaytirah province|province of Al-Qunaytirah|Kuneitra governorate|Kuneitra province|province of Kuneitra
sup:gov-sy-raqqa	Raqqa Governorate	governorate	Syria	Raqqa	35.90	38.90		Raqqa province|province of Raqqa|Raqqah governorate|Raqqah province|province of Raqqah|Ar-Raqqah governorate|Ar-Raqqah province|province of Ar-Raqqah|Al-Raqqa governorate|Al-Raqqa province|province of Al-Raqqa|Rakka governorate|Rakka province|province of Rakka
sup:gov-sy-suwayda	As-Suwayda Governorate	governorate	Syria	As-Suwayda	32.70	36.60		As-Suwayda province|province of As-Suwayda|Suwayda governorate|Suwayda province|province of Suwayda|Sweida governorate|Sweida province|province of Sweida|Sweyda governorate|Sweyda province|province of Sweyda|Soueida governorate|Soueida province|province of Soueida
sup:gov-sy-daraa	Daraa Governorate	governorate	Syria	Daraa	32.75	36.20		Daraa province|province of Daraa|Dara'a governorate|Dara'a province|province of Dara'a|Deraa governorate|Deraa province|province of Deraa|Der'a governorate|Der'a province|province of Der'a|Dar'a governorate|Dar'a province|province of Dar'a
sup:gov-sy-deir-ez-zor	Deir ez-Zor Governorate	governorate	Syria	Deir ez-Zor	35.00	40.30		Deir ez-Zor province|province of Deir ez-Zor|Deir Ezzor governorate|Deir Ezzor province|province of Deir Ezzor|Deir al-Zour governorate|Deir al-Zour province|province of Deir al-Zour|Dayr az-Zawr governorate|Dayr az-Zawr province|province of Dayr az-Zawr|Deir el-Zor governorate|Deir el-Zor province|province of Deir el-Zor|Deir Zor governorate|Deir Zor province|province of Deir Zor|Dayr al-Zawr governorate|Dayr al-Zawr province|province of Dayr al-Zawr
sup:gov-sy-rif-dimashq	Rif Dimashq Governorate	governorate	Syria	Rif Dimashq	33.50	36.70		Rif Dimashq|Rural Damascus|Damascus countryside|Reef Damascus|Rif Damascus|Damascus Countryside|Rif Dimashq province|province of Rif Dimashq|Rural Damascus governorate|Rural Damascus province|province of Rural Damascus|Damascus countryside governorate|Damascus countryside province|province of Damascus countryside|Reef Damascus governorate|Reef Damascus province|province of Reef Damascus|Rif Damascus governorate|Rif Damascus province|province of Rif Damascus
sup:gov-sy-aleppo	Aleppo Governorate	governorate	Syria	Aleppo	36.20	37.40		Aleppo province|province of Aleppo|Halab governorate|Halab province|province of Halab
sup:gov-sy-hama	Hama Governorate	governorate	Syria	Hama	35.20	37.00		Hama province|province of Hama|Hamah governorate|Hamah province|province of Hamah
sup:gov-sy-homs	Homs Governorate	governorate	Syria	Homs	34.60	38.20		Homs province|province of Homs|Hims governorate|Hims province|province of Hims
sup:gov-sy-idlib	Idlib Governorate	governorate	Syria	Idlib	35.80	36.60		Idlib province|province of Idlib|Idleb governorate|Idleb province|province of Idleb
sup:gov-sy-damascus	Damascus Governorate	governorate	Syria	Damascus	33.51	36.29		Damascus province|province of Damascus|Dimashq governorate|Dimashq province|province of Dimashq
sup:gov-sy-tartus	Tartus Governorate	governorate	Syria	Tartus	34.90	36.00		Tartus province|province of Tartus|Tartous governorate|Tartous province|province of Tartous
sup:gov-iq-anbar	Anbar Governorate	governorate	Iraq	Anbar	33.40	42.00		Anbar|Al-Anbar|Anbar province|province of Anbar|Al-Anbar governorate|Al-Anbar province|province of Al-Anbar
sup:gov-iq-basra	Basra Governorate	governorate	Iraq	Basra	30.50	47.60		Basra province|province of Basra|Basrah governorate|Basrah province|province of Basrah
sup:gov-iq-muthanna	Muthanna Governorate	governorate	Iraq	Muthanna	30.30	45.30		Muthanna|Al-Muthanna|Muthanna province|province of Muthanna|Al-Muthanna governorate|Al-Muthanna province|province of Al-Muthanna
sup:gov-iq-qadisiyyah	Al-Qadisiyyah Governorate	governorate	Iraq	Al-Qadisiyyah	31.90	45.00		Al-Qadisiyyah|Qadisiyyah|Qadisiyah|Al-Qadisiyyah province|province of Al-Qadisiyyah|Qadisiyyah governorate|Qadisiyyah province|province of Qadisiyyah|Qadisiyah governorate|Qadisiyah province|province of Qadisiyah|Diwaniyah governorate|Diwaniyah province|province of Diwaniyah
sup:gov-iq-sulaymaniyah	Sulaymaniyah Governorate	governorate	Iraq	Sulaymaniyah	35.50	45.50		Sulaymaniyah province|province of Sulaymaniyah|Sulaimaniyah governorate|Sulaimaniyah province|province of Sulaimaniyah|Slemani governorate|Slemani province|province of Slemani
sup:gov-iq-babil	Babil Governorate	governorate	Iraq	Babil	32.50	44.50		Babil|Babylon|Babil province|province of Babil|Babylon governorate|Babylon province|province of Babylon
sup:gov-iq-baghdad	Baghdad Governorate	governorate	Iraq	Baghdad	33.30	44.40		Baghdad province|province of Baghdad
sup:gov-iq-dohuk	Dohuk Governorate	governorate	Iraq	Dohuk	36.90	43.10		Dohuk province|province of Dohuk|Duhok governorate|Duhok province|province of Duhok|Dahuk governorate|Dahuk province|province of Dahuk
sup:gov-iq-dhi-qar	Dhi Qar Governorate	governorate	Iraq	Dhi Qar	31.10	46.30		Dhi Qar|Thi Qar|Dhi Qar province|province of Dhi Qar|Thi Qar governorate|Thi Qar province|province of Thi Qar
sup:gov-iq-diyala	Diyala Governorate	governorate	Iraq	Diyala	33.80	45.00		Diyala|Diyalah|Diyala province|province of Diyala|Diyalah governorate|Diyalah province|province of Diyalah
sup:gov-iq-erbil	Erbil Governorate	governorate	Iraq	Erbil	36.20	44.00		Erbil province|province of Erbil|Arbil governorate|Arbil province|province of Arbil|Irbil governorate|Irbil province|province of Irbil|Hawler governorate|Hawler province|province of Hawler
sup:gov-iq-karbala	Karbala Governorate	governorate	Iraq	Karbala	32.60	43.70		Karbala province|province of Karbala|Kerbala governorate|Kerbala province|province of Kerbala
sup:gov-iq-kirkuk	Kirkuk Governorate	governorate	Iraq	Kirkuk	35.40	44.30		Tameem|Ta'mim|At-Ta'mim|Kirkuk province|province of Kirkuk|Tameem governorate|Tameem province|province of Tameem|Ta'mim governorate|Ta'mim province|province of Ta'mim|At-Ta'mim governorate|At-Ta'mim province|province of At-Ta'mim
sup:gov-iq-maysan	Maysan Governorate	governorate	Iraq	Maysan	31.90	47.10		Maysan|Missan|Maysan province|province of Maysan|Missan governorate|Missan province|province of Missan
sup:gov-iq-nineveh	Nineveh Governorate	governorate	Iraq	Nineveh	36.30	42.60		Nineveh|Ninawa|Ninewa|Nineveh province|province of Nineveh|Ninawa governorate|Ninawa province|province of Ninawa|Ninewa governorate|Ninewa province|province of Ninewa
sup:gov-iq-wasit	Wasit Governorate	governorate	Iraq	Wasit	32.60	45.70		Wasit|Wasit province|province of Wasit
sup:gov-iq-najaf	Najaf Governorate	governorate	Iraq	Najaf	30.80	43.70		Najaf province|province of Najaf|An-Najaf governorate|An-Najaf province|province of An-Najaf
sup:gov-iq-salah-ad-din	Salah ad-Din Governorate	governorate	Iraq	Salah ad-Din	34.50	43.70		Salah ad-Din|Salahuddin|Salahaddin|Saladin|Salah al-Din|Salaheddine|Salah ad-Din province|province of Salah ad-Din|Salahuddin governorate|Salahuddin province|province of Salahuddin|Salahaddin governorate|Salahaddin province|province of Salahaddin|Saladin governorate|Saladin province|province of Saladin|Salah al-Din governorate|Salah al-Din province|province of Salah al-Din|Salaheddine governorate|Salaheddine province|province of Salaheddine
sup:gov-iq-halabja	Halabja Governorate	governorate	Iraq	Halabja	35.20	46.00		Halabja province|province of Halabja
sup:crossing-al-tanf	Al-Tanf	crossing	Syria	Homs	33.50	38.65		Al-Tanf|al-Tanaf|At-Tanf|Tanf|Al Tanf crossing|al-Tanf border crossing|Al-Tanf crossing|Al-Tanaf crossing|Al-Tanf base|Al-Tanf garrison
sup:crossing-al-waleed	Al-Waleed	crossing	Iraq	Anbar	33.40	38.80		Al-Waleed|Al-Walid|al-Waleed crossing|Al-Walid crossing
sup:crossing-al-qaim	Al-Qaim–Albu Kamal crossing	crossing	Iraq	Anbar	34.40	40.97		Al-Qaim crossing|Al-Qaim border crossing|Husaybah crossing|Albu Kamal crossing|Abu Kamal crossing
sup:crossing-rabia	Rabia	crossing	Iraq	Nineveh	36.80	42.10		Rabia crossing|Rabiaa crossing|Al-Yarubiyah crossing|Yarubiyah crossing|Tal Kocher crossing
sup:crossing-bab-al-hawa	Bab al-Hawa	crossing	Syria	Idlib	36.23	36.67		Bab al-Hawa|Bab al-Hawa crossing|Bab el-Hawa
sup:crossing-bab-al-salameh	Bab al-Salameh	crossing	Syria	Aleppo	36.63	37.05		Bab al-Salameh|Bab al-Salama|Bab al-Salam crossing
sup:crossing-nasib	Nasib	crossing	Syria	Daraa	32.55	36.20		Nasib crossing|Naseeb crossing|Nassib crossing|Jaber crossing
sup:crossing-semalka	Semalka	crossing	Syria	Al-Hasakah	37.10	42.40		Semalka|Semalka crossing|Fishkhabour crossing|Faysh Khabur crossing
sup:field-al-omar	Al-Omar oil field	oil field	Syria	Deir ez-Zor	34.98	40.55		Al-Omar|al-Omar field|Al-Omar oil field|Al-Omar oil fields|Omar oil field|Al-Omar oilfield|al-Omar fields
sup:field-conoco	Conoco gas field	oil field	Syria	Deir ez-Zor	35.30	40.30		Conoco gas field|Conoco gas plant|Conoco field|Conoco plant
sup:field-al-tanak	Al-Tanak oil field	oil field	Syria	Deir ez-Zor	34.85	40.65		Al-Tanak|al-Tanak oil field|Tanak oil field|al-Tanak field
sup:field-al-shaer	Al-Shaer gas field	oil field	Syria	Homs	34.87	37.80		Al-Shaer|al-Shaer gas field|Shaer gas field|Sha'er gas field|al-Sha'er
sup:field-jazal	Jazal oil field	oil field	Syria	Homs	34.80	37.90		Jazal oil field|Jazal field|Jazal oilfields
sup:field-rumaila	Rumaila oil field	oil field	Iraq	Basra	30.30	47.30		Rumaila oil field|Rumaila field|Rumaila
sup:field-bai-hassan	Bai Hassan oil field	oil field	Iraq	Kirkuk	35.55	44.12		Bai Hassan|Bai Hassan oil field|Bai Hassan field|Bay Hassan oil field|Bai Hasan oil field
sup:field-avana	Avana oil field	oil field	Iraq	Kirkuk	35.47	44.38		Avana|Avana oil field|Avana Dome|Avana field|Avanah oil field
sup:field-baba-gurgur	Baba Gurgur oil field	oil field	Iraq	Kirkuk	35.53	44.42		Baba Gurgur|Baba Gurgur oil field|Baba Gurgur field|Baba Kurkur
sup:field-qayyarah	Qayyarah oil field	oil field	Iraq	Nineveh	35.80	43.20		Qayyarah oil field|Qayyara oil field|Qayyarah oil wells|Qayyara oil wells|Qayyarah field
sup:river-euphrates	Euphrates	river			35.00	40.40		Euphrates|Euphrates River|Euphrates river|river Euphrates|Furat|al-Furat
sup:river-tigris	Tigris	river			33.30	44.40		Tigris|Tigris River|Tigris river|Dijla|Dijlah
sup:river-khabur	Khabur	river	Syria	Al-Hasakah	35.90	40.60		Khabur|Khabour|Khabur River|Khabour river
sup:river-orontes	Orontes	river			34.70	36.70		Orontes|Orontes River|Asi River
sup:river-yarmouk	Yarmouk River	river	Syria	Daraa	32.70	35.90		Yarmouk River|Yarmuk River
sup:region-middle-east	Middle East	region			33.00	40.00		Middle East|the Middle East|Mideast
sup:region-middle-euphrates	Middle Euphrates valley	region	Syria	Deir ez-Zor	34.80	40.60		middle Euphrates valley|Middle Euphrates River Valley|middle Euphrates|Euphrates valley|Euphrates River Valley|MERV|middle Euphrates valley region
sup:region-yarmouk-basin	Yarmouk Basin	region	Syria	Daraa	32.75	35.95		Yarmouk Basin|Yarmouk Valley|Yarmouk River Basin|Yarmuk Basin|Yarmouk basin
sup:region-homs-desert	Homs desert	region	Syria	Homs	34.50	38.50		Homs desert|eastern Homs desert|east Homs desert|Homs Desert|Homs countryside desert
sup:region-syrian-desert	Syrian Desert	region			33.50	38.50		Syrian Desert|Badia|Badiya|al-Badia|Syrian Badia|Badiat al-Sham|Badia al-Sham|Syrian Badiya|Badiyat al-Sham|Badiyat ash-Sham|Syrian steppe
sup:region-kurdistan-region	Kurdistan Region	region	Iraq	Erbil	36.40	44.30		Kurdistan Region|Kurdistan Region of Iraq|Kurdistan region|KRI
sup:region-qandil-mountains	Qandil Mountains	region	Iraq	Erbil	36.40	45.00		Qandil Mountains|Qandil mountains|Qandil|Kandil Mountains|Kandil mountains|Mount Qandil|Qendil
sup:region-levant	Levant	region			34.00	36.50		Levant|Bilad al-Sham|Bilad ash-Sham|Greater Syria|al-Sham|ash-Sham
sup:region-ghouta	Ghouta	region	Syria	Rif Dimashq	33.52	36.38		Ghouta|Ghuta|al-Ghouta
sup:region-eastern-ghouta	Eastern Ghouta	region	Syria	Rif Dimashq	33.57	36.43		Eastern Ghouta|East Ghouta|eastern Ghouta
sup:region-qalamoun	Qalamoun	region	Syria	Rif Dimashq	33.90	36.60		Qalamoun|Qalamun|Qalamoun mountains|Qalamoun Mountains
sup:region-golan	Golan Heights	region	Syria	Quneitra	33.00	35.80		Golan Heights|Golan|the Golan
sup:region-nineveh-plains	Nineveh Plains	region	Iraq	Nineveh	36.40	43.30		Nineveh Plains|Nineveh plain|Nineveh Plain
sup:region-anbar-desert	Anbar desert	region	Iraq	Anbar	33.00	41.50		Anbar desert|western Anbar desert
sup:region-jazira	Jazira region	region	Syria	Al-Hasakah	36.50	41.00		Jazira region|Jazeera region|Upper Mesopotamia|Jazira|al-Jazira|Jazira canton|Jazeera canton|Cizire canton|Cizîrê canton
sup:nbhd-dez-jubaylah	Al-Jubaylah	neighbourhood	Syria	Deir ez-Zor	35.34	40.13		Jubaliyah|Jubailah|Jubaileh|al-Jubaila|Jbeileh|Al-Jubaylah|Jubayla
sup:nbhd-dez-hamidiyah	Al-Hamidiyah (Deir ez-Zor)	neighbourhood	Syria	Deir ez-Zor	35.33	40.15		Hamidiyah|Hamidiya|al-Hamidiyah|Hamidieh
sup:nbhd-dez-huwayqa	Al-Huwayqa	neighbourhood	Syria	Deir ez-Zor	35.33	40.13		Huwayqa|Huweiqa|al-Huweiqa|Huwaiqa
sup:nbhd-dez-rashidiya	Al-Rashidiya	neighbourhood	Syria	Deir ez-Zor	35.34	40.14		Rashidiya|Rashdiya|al-Rashidiyah|Rashdieh
sup:nbhd-dez-joura	Al-Joura	neighbourhood	Syria	Deir ez-Zor	35.34	40.11		Joura|al-Joura|Jorah|al-Jorah
sup:nbhd-dez-qusour	Al-Qusour	neighbourhood	Syria	Deir ez-Zor	35.34	40.12		Qusour|al-Qusour|Qousour
sup:nbhd-dez-harabesh	Harabesh	neighbourhood	Syria	Deir ez-Zor	35.32	40.16		Harabesh|Harabish|al-Harabesh
sup:nbhd-raqqa-mashlab	Al-Mashlab	neighbourhood	Syria	Raqqa	35.94	39.06		Mashlab|al-Mashlab|al-Mashalab|Meshleb
sup:nbhd-damascus-jobar	Jobar	neighbourhood	Syria	Damascus	33.53	36.33		Jobar|Jawbar
sup:nbhd-aleppo-sheikh-maqsoud	Sheikh Maqsoud	neighbourhood	Syria	Aleppo	36.23	37.15		Sheikh Maqsoud|Sheikh Maksoud|Sheikh Maqsud|Shaykh Maqsud|Sheikh Maqsood
sup:nbhd-aleppo-ramouseh	Ramouseh	neighbourhood	Syria	Aleppo	36.17	37.14		Ramouseh|Ramousa|Ramouse|al-Ramouseh|Ramusah|al-Ramousa
sup:nbhd-aleppo-sukkari	Al-Sukkari	neighbourhood	Syria	Aleppo	36.17	37.17		Sukkari|al-Sukkari|Sukari|al-Sukari
sup:nbhd-aleppo-hanano	Hanano	neighbourhood	Syria	Aleppo	36.22	37.19		Hanano|Masaken Hanano|Masakin Hanano
sup:nbhd-aleppo-bustan-al-qasr	Bustan al-Qasr	neighbourhood	Syria	Aleppo	36.19	37.14		Bustan al-Qasr|Bustan al Qasr|Bustan al-Kasr
sup:nbhd-damascus-tadamon	Tadamon	neighbourhood	Syria	Damascus	33.48	36.31		Tadamon|Tadamun|al-Tadamon
sup:nbhd-damascus-hajar-aswad	Al-Hajar al-Aswad	neighbourhood	Syria	Rif Dimashq	33.46	36.30		Hajar al-Aswad|al-Hajar al-Aswad
sup:airport-deir-ez-zor	Deir ez-Zor military airport	airport	Syria	Deir ez-Zor	35.29	40.18		Deir ez-Zor military airport|Deir ez-Zor airport|Deir ez-Zor airbase|Deir ez-Zor air base|Deir ez-Zor Military Airport|Deir ez-Zor military airbase|Deir ez-Zor airfield
sup:airport-tabqa	Tabqa airbase	base	Syria	Raqqa	35.75	38.57		Tabqa airbase|Tabqa air base|Tabqa military airport|Tabqa airport|Tabqa airfield|al-Tabqa airbase
sup:airport-hmeimim	Hmeimim air base	base	Syria	Latakia	35.40	35.95		Hmeimim|Khmeimim|Hmeymim|Humaymim|Hmeimim airbase|Hmeimim air base|Khmeimim airbase|Khmeimim air base
sup:airport-kuweires	Kuweires airbase	base	Syria	Aleppo	36.19	37.58		Kuweires|Kweires|Kuweires airbase|Kuweires military airport|Kweires airport|Kuweires air base|Kweires airbase|Kweires air base|Kweires military airport|Kuwayris airbase|Kuwayris air base|Kuwayris military airport|Kuwayris airport|Kuweiris airbase|Kuweiris military airport|Kuweiris airport
sup:airport-t4	Tiyas airbase	base	Syria	Homs	34.52	37.63		Tiyas airbase|T4 airbase|T-4 airbase|T4 air base|T-4 air base|Tiyas|T4 airport|T-4 airport|T4 base|T-4 base|T4 military airport
sup:airport-shayrat	Shayrat airbase	base	Syria	Homs	34.49	36.91		Shayrat|Shayrat airbase|Shayrat air base|al-Shayrat airbase|Shairat
sup:airport-mezzeh	Mezzeh airbase	base	Syria	Damascus	33.48	36.22		Mezzeh airbase|Mezzeh military airport|Mezze airbase|Mezzeh air base
sup:airport-ain-al-asad	Ain al-Asad air base	base	Iraq	Anbar	33.80	42.44		Ain al-Asad|Ain al-Asad air base|Ain al-Assad|Al-Asad airbase|Al Asad Airbase|Ayn al-Asad
sup:airport-qayyarah	Qayyarah airfield	base	Iraq	Nineveh	35.76	43.12		Qayyarah airfield|Qayyarah air base|Q-West|Qayyarah West
sup:base-division-17	Division 17 base	base	Syria	Raqqa	35.99	39.01		Division 17|Division 17 base|17th Division|17th Division base|Division 17 army base|Division 17 military base
sup:base-brigade-93	Brigade 93 base	base	Syria	Raqqa	36.20	38.95		Brigade 93|93rd Brigade|Brigade 93 base
sup:base-brigade-137	Brigade 137 base	base	Syria	Deir ez-Zor	35.31	40.08		Brigade 137|137th Brigade|Brigade 137 base
sup:town-adra	Adra	town	Syria	Rif Dimashq	33.61	36.51		'Adra|‘Adra|Adra al-Balad|Adra Industrial City|Adra al-Omalia
sup:village-dabiq	Dabiq	village	Syria	Aleppo	36.54	37.27		Dabiq|Dabeq|Dābiq
sup:town-zamalka	Zamalka	town	Syria	Rif Dimashq	33.52	36.36		Zamalka|Zamalkah|Zamalkā
sup:town-hammam-al-alil	Hammam al-Alil	town	Iraq	Nineveh	36.16	43.26		Hammam al-Alil|Hammam al Alil|Hamam al-Alil|Hammam Alil|Ḩammām al ‘Alīl
sup:town-bashiqa	Bashiqa	town	Iraq	Nineveh	36.45	43.35		Bashiqa|Bashiqah|Bashika|Ba'shiqa|Bashiqa town
sup:town-amiriyat-al-fallujah	Amiriyat al-Fallujah	town	Iraq	Anbar	33.05	43.85		Amiriyat al-Fallujah|Amiriyat Fallujah|Amiriyah|al-Amiriyah|Ameriyat al-Fallujah|Amiriyat al-Falluja
sup:town-saqlawiyah	Saqlawiyah	town	Iraq	Anbar	33.40	43.68		Saqlawiyah|Saqlawiya|al-Saqlawiyah|Saqlawia|Saqlawiyya
sup:town-garma	Garma	town	Iraq	Anbar	33.40	43.92		Garma|al-Garma|Karma|al-Karma|Garmah|al-Karmah
sup:nbhd-fallujah-jolan	Al-Jolan	neighbourhood	Iraq	Anbar	33.36	43.77		al-Jolan|Jolan|al-Julan|Julan|Jolan district
sup:town-zumar	Zumar	town	Iraq	Nineveh	36.63	42.56		Zumar|Zummar
sup:town-amerli	Amerli	town	Iraq	Salah ad-Din	34.72	44.59		Amerli|Amirli|Amerly|Amirly|Amarli
sup:town-suleiman-bek	Suleiman Bek	town	Iraq	Salah ad-Din	34.93	44.63		Suleiman Bek|Sulaiman Bek|Sulayman Bek|Suleiman Beg|Sulaiman Beg
sup:town-jalawla	Jalawla	town	Iraq	Diyala	34.27	45.17		Jalawla|Jalula|Jalulaa|Jalawlaa
sup:town-saadiya	Saadiya	town	Iraq	Diyala	34.19	45.12		Saadiya|Saadiyah|al-Saadiya|as-Saadiya|Sadiya|Sadiyah|as-Sadiyah
sup:town-khalidiya	Khalidiya	town	Iraq	Anbar	33.40	43.55		Khalidiya|Khalidiyah|al-Khalidiya|al-Khalidiyah|Khaldiya|Khaldiyah|al-Khaldiya
sup:town-habbaniyah	Habbaniyah	town	Iraq	Anbar	33.37	43.58		Habbaniyah|Habbaniya|al-Habbaniyah|al-Habbaniya
sup:town-karabila	Karabila	town	Iraq	Anbar	34.40	41.05		Karabila|Karabilah|al-Karabila
sup:town-kubaisa	Kubaisa	town	Iraq	Anbar	33.58	42.60		Kubaisa|Kubaisah|Kubaysah|Kubaysa|Kabisa
sup:town-nukhayb	Nukhayb	town	Iraq	Anbar	32.04	42.25		Nukhayb|Nukhaib|al-Nukhayb|al-Nukhaib
sup:town-akashat	Akashat	town	Iraq	Anbar	33.79	40.61		Akashat|Akkashat|Ukashat
sup:town-jurf-al-sakhar	Jurf al-Sakhar	town	Iraq	Babil	32.88	44.18		Jurf al-Sakhar|Jurf as-Sakhar|Jurf al Sakhar|Jurf al-Nasr|Jurf al Nasr
sup:town-sinuni	Sinuni	town	Iraq	Nineveh	36.45	41.75		Sinuni|Sinune|Snuny|Snune
sup:town-gwer	Gwer	town	Iraq	Erbil	36.05	43.48		Gwer|Guwer|Gweir|Kuwair
sup:base-speicher	Camp Speicher	base	Iraq	Salah ad-Din	34.64	43.54		Camp Speicher|Speicher|Speicher base|Speicher air base|Speicher airbase
sup:town-karkamis	Karkamış	town	Turkey		36.83	37.99		Karkamis|Karkamış|Karkemish|Carchemish
sup:town-yayladagi	Yayladağı	town	Turkey		35.90	36.06		Yayladagi|Yayladağı
sup:village-baghuz	Al-Baghuz Fawqani	village	Syria	Deir ez-Zor	34.46	40.95		Baghuz|Baghouz|al-Baghuz|Al-Baghuz|Baghuz Fawqani|Baghouz Fawqani|al-Baghuz Fawqani|Baghuz al-Fawqani|Baghouz al-Fawqani
sup:village-al-shaafa	Al-Shaafa	village	Syria	Deir ez-Zor	34.58	40.90		al-Shaafa|Shaafa|Al-Sha'afa|al-Sha'fa|Ash Sha'fah|Ash-Shaafa|al-Shafaa
sup:town-ain-tarma	Ain Tarma	town	Syria	Rif Dimashq	33.52	36.35		Ain Tarma|Ayn Tarma|Ein Tarma|Ain Terma|'Ayn Tarma
sup:town-sarrin	Sarrin	town	Syria	Aleppo	36.38	38.31		Sarrin|Sirrin|Sareen|Serrin
sup:town-al-rai	Al-Rai	town	Syria	Aleppo	36.63	37.35		al-Rai|al-Ra'i|ar-Rai|ar-Ra'i|Al Rai
sup:town-bzaa	Bza'a	town	Syria	Aleppo	36.33	37.58		Bza'a|Bzaa|Buza'a|Bizaa|Buzaa
sup:village-qara-qozak	Qara Qozak	village	Syria	Aleppo	36.58	38.25		Qara Qozak|Qarah Qawzak|Qara Qawzak|Qereqozax|Qara Qouzak
sup:village-gharanij	Gharanij	village	Syria	Deir ez-Zor	34.77	40.73		Gharanij|Ghranij|al-Gharanij
sup:village-abu-hamam	Abu Hamam	village	Syria	Deir ez-Zor	34.83	40.66		Abu Hamam|Abu Hammam
sup:village-shheil	Al-Shuhayl	village	Syria	Deir ez-Zor	35.02	40.38		Shheil|al-Shuhayl|Shuhail|al-Shuhail|al-Shaheel
sup:village-tayana	Al-Tayana	village	Syria	Deir ez-Zor	34.90	40.52		Tayana|Tayyana|al-Tayyana|al-Tayana
sup:dam-tabqa	Tabqa Dam	dam	Syria	Raqqa	35.87	38.57		Tabqa Dam|Tabqah Dam|al-Tabqa Dam|Euphrates Dam|Thawra Dam|al-Thawra Dam|Tabqa dam
sup:dam-tishrin	Tishrin Dam	dam	Syria	Aleppo	36.38	38.18		Tishrin Dam|Tishreen Dam|Teshrin Dam|Tishrin dam
sup:dam-baath	Baath Dam	dam	Syria	Raqqa	35.82	38.75		Baath Dam|Ba'ath Dam|al-Baath Dam
sup:dam-mosul	Mosul Dam	dam	Iraq	Nineveh	36.63	42.82		Mosul Dam|Mosul dam|Saddam Dam
sup:dam-haditha	Haditha Dam	dam	Iraq	Anbar	34.21	42.36		Haditha Dam|Hadithah Dam|Qadisiyah Dam|Haditha dam
sup:dam-fallujah	Fallujah Barrage	dam	Iraq	Anbar	33.33	43.72		Fallujah Barrage|Fallujah Dam|Falluja Dam|Fallujah dam
sup:dam-ramadi	Ramadi Barrage	dam	Iraq	Anbar	33.43	43.27		Ramadi Barrage|Ramadi Dam|Ramadi dam
sup:dam-samarra	Samarra Barrage	dam	Iraq	Salah ad-Din	34.20	43.87		Samarra Barrage|Samarra Dam|Samarra dam
sup:dam-dukan	Dukan Dam	dam	Iraq	Sulaymaniyah	35.95	44.95		Dukan Dam|Dokan Dam
sup:dam-darbandikhan	Darbandikhan Dam	dam	Iraq	Sulaymaniyah	35.11	45.70		Darbandikhan Dam|Derbendikhan Dam
sup:dam-hamrin	Hamrin Dam	dam	Iraq	Diyala	34.13	44.97		Hamrin Dam|Himreen Dam|Hemrin Dam
sup:dam-ataturk	Atatürk Dam	dam	Turkey		37.48	38.32		Atatürk Dam|Ataturk Dam
sup:dam-ilisu	Ilısu Dam	dam	Turkey		37.53	41.85		Ilısu Dam|Ilisu Dam
sup:lake-assad	Lake Assad	lake	Syria	Raqqa	36.00	38.20		Lake Assad|Lake al-Assad|Lake Asad|Assad Lake|Buhayrat al-Assad
sup:lake-jabboul	Lake Jabboul	lake	Syria	Aleppo	36.05	37.50		Lake Jabboul|Lake Jabbul|Jabboul Lake|Sabkhat al-Jabbul
sup:lake-qattinah	Lake Qattinah	lake	Syria	Homs	34.67	36.60		Lake Qattinah|Lake Qatina|Lake Homs|Qattinah Lake
sup:lake-tharthar	Lake Tharthar	lake	Iraq	Anbar	33.97	43.20		Lake Tharthar|Tharthar Lake|Lake Thar Thar|Tharthar reservoir|Lake Therthar
sup:lake-qadisiyah	Lake Qadisiyah	lake	Iraq	Anbar	34.40	42.05		Lake Qadisiyah|Lake Qadisiya|Qadisiyah Lake|Lake Haditha|Haditha Lake
sup:lake-habbaniyah	Lake Habbaniyah	lake	Iraq	Anbar	33.27	43.48		Lake Habbaniyah|Lake Habbaniya|Habbaniyah Lake|Habbaniya Lake
sup:lake-razzaza	Lake Razzaza	lake	Iraq	Karbala	32.70	43.65		Lake Razzaza|Razzaza Lake|Lake Milh|Bahr al-Milh
sup:lake-mosul	Mosul Dam Lake	lake	Iraq	Nineveh	36.80	42.60		Mosul Dam Lake|Mosul Lake|Lake Mosul|Mosul reservoir
sup:lake-dukan	Lake Dukan	lake	Iraq	Sulaymaniyah	36.05	44.90		Lake Dukan|Dukan Lake|Lake Dokan
sup:lake-hamrin	Lake Hamrin	lake	Iraq	Diyala	34.25	44.95		Lake Hamrin|Hamrin Lake|Lake Himreen
sup:lake-galilee	Sea of Galilee	lake	Israel		32.82	35.59		Sea of Galilee|Lake Tiberias|Lake Kinneret|Lake of Tiberias
sup:nbhd-baghdad-green-zone	Green Zone	neighbourhood	Iraq	Baghdad	33.30	44.38		Green Zone|Baghdad's Green Zone|International Zone
sup:base-h3	H3 airbase	base	Iraq	Anbar	32.93	39.75		H3 airbase|H3 air base|H-3 airbase|H-3 air base|H3 airfield|H3
sup:crossing-trebil	Trebil	crossing	Iraq	Anbar	32.13	38.98		Trebil|Turaybil|Tarbil|Trebil crossing|Turaybil crossing|Trebil border crossing|Karameh crossing|al-Karameh crossing
sup:village-jarjanaz	Jarjanaz	village	Syria	Idlib	35.56	36.77		Jarjanaz|Jarjnaz|Jarjanaz village
sup:village-tal-mannas	Tal Mannas	village	Syria	Idlib	35.62	36.74		Tal Mannas|Tell Mannas|Tal Manas|Talmenes
sup:village-sarman	Sarman	village	Syria	Idlib	35.56	36.83		Sarman|Sarmān|Surman
sup:village-kocho	Kocho	village	Iraq	Nineveh	36.18	41.78		Kocho|Kojo|Koço|Kuju
sup:village-khattab	Khattab	village	Syria	Hama	35.23	36.73		Khattab|Khitab|Khatab
sup:village-lataminah	Al-Lataminah	village	Syria	Hama	35.32	36.62		Latamneh|Lataminah|al-Lataminah|al-Latamneh|Latamna|Al-Lataminah
sup:airport-hama	Hama military airport	airport	Syria	Hama	35.12	36.71		Hama military airport|Hama airport|Hama airbase|Hama air base
sup:region-metina	Metina	region	Iraq	Dohuk	37.20	43.35		Metina|Mateen|Metina region|Metina area|Metina mountains
sup:region-zap	Zap	region	Iraq	Dohuk	37.25	43.85		Zap region|Zap area|Zab region
sup:region-avashin	Avashin	region	Iraq	Dohuk	37.30	43.60		Avashin|Avasin|Avashin-Basyan|Avasin-Basyan
sup:region-haftanin	Haftanin	region	Iraq	Dohuk	37.25	42.85		Haftanin|Hafftanin|Haftanin region
sup:region-qandil	Qandil Mountains	region	Iraq	Erbil	36.45	44.95		Qandil|Qandil Mountains|Qandil mountains|Kandil|Kandil Mountains|Qendil
sup:road-m5	M5 highway	road	Syria	Idlib	35.65	36.68		M5 highway|M-5 highway|M5 motorway|M5 road|M5 international highway|Damascus-Aleppo highway|Aleppo-Damascus highway
sup:road-baghdad-damascus	Baghdad–Damascus highway	road	Iraq	Anbar	33.40	40.50		Baghdad–Damascus highway|Baghdad-Damascus highway|Damascus-Baghdad highway|Damascus–Baghdad highway|Baghdad-Damascus road|Damascus-Baghdad road|Baghdad-Damascus motorway
sup:road-castello	Castello road	road	Syria	Aleppo	36.26	37.13		Castello road|Castello Road|Castillo road|Castello highway|Castello route
sup:road-m4	M4 highway	road	Syria	Idlib	35.86	36.80		M4 highway|M-4 highway|M4 motorway|M4 road|M4 international highway|Latakia-Aleppo highway|Aleppo-Latakia highway
sup:region-jabal-bishri	Jabal Bishri	region	Syria	Deir ez-Zor	35.35	39.30		Jabal Bishri|Jabal al-Bishri|Jebel Bishri|Bishri mountains|Bishri Mountains|Bishri mountain
sup:region-hamrin	Hamrin Mountains	region	Iraq	Salah ad-Din	34.60	44.30		Hamrin Mountains|Hamrin mountains|Hamrin range|Jabal Hamrin|Himreen Mountains|Himreen mountains|Hemrin Mountains|Hamreen Mountains
sup:village-baghaliyah	Al-Baghaliyah	village	Syria	Deir ez-Zor	35.36	40.07		Al-Baghaliyah|al-Baghaliyah|Baghaliyah|al-Baghailiyah|al-Bghailiyeh|Baghiliyah
sup:village-balyun	Balyun	village	Syria	Idlib	35.67	36.55		Balyun|Balyoun|Bilyun|Baliyun
sup:village-debaga	Debaga	village	Iraq	Erbil	35.91	43.84		Debaga|Dibaga|Dibagah|Debaga camp|Debaga camps
sup:town-badush	Badush	town	Iraq	Nineveh	36.39	42.98		Badush|Badoush|Badosh
sup:nbhd-mosul-wadi-hajar	Wadi Hajar	neighbourhood	Iraq	Nineveh	36.31	43.13		Wadi Hajar|Wadi al-Hajar|Wadi Hajjar
sup:airport-mosul	Mosul airport	airport	Iraq	Nineveh	36.31	43.15		Mosul airport|Mosul International Airport|Mosul international airport|Mosul airbase|Mosul air base
sup:base-ghazlani	Ghazlani military base	base	Iraq	Nineveh	36.30	43.11		Ghazlani military base|Ghazlani base|al-Ghazlani base|al-Ghazlani military base|Ghazlani camp|al-Ghazlani camp
sup:facility-ghwayran-prison	Ghwayran prison	facility	Syria	Al-Hasakah	36.48	40.74		Ghwayran prison|Ghweiran prison|Gweiran prison|Ghwayran jail|al-Sina'a prison|Sinaa prison|Sina'a prison
sup:facility-alouk	Alouk water station	facility	Syria	Al-Hasakah	36.84	40.12		Alouk water station|Alouk station|Allouk water station|Allouk station|Alouk pumping station|Alouk water plant|Alouk
sup:river-sajur	Sajur River	river	Syria	Aleppo	36.65	37.95		Sajur River|Sajur river|Sajour River|Sajour river|Sajur|Nahr al-Sajur
sup:town-ras-baalbek	Ras Baalbek	town	Lebanon		34.26	36.42		Ras Baalbek|Ras Baalbeck|Ras Baalbak|Ras Baalbeq
sup:town-al-qaa	Al-Qaa	town	Lebanon		34.34	36.47		al-Qaa|Al-Qaa|Qaa|el-Qaa|Al Qaa|Qaa'
sup:airport-erbil	Erbil International Airport	airport	Iraq	Erbil	36.24	43.96		Erbil International Airport|Erbil airport|Irbil airport|Erbil international airport|Arbil airport
sup:nbhd-daraa-al-balad	Daraa al-Balad	neighbourhood	Syria	Daraa	32.61	36.10		Daraa al-Balad|Deraa al-Balad|Dara'a al-Balad|Daraa el-Balad|Deraa el-Balad|Daraa al Balad
sup:village-kabani	Kabani	village	Syria	Latakia	35.82	36.33		Kabani|Kabana|Kbana|Kabbani|Kbani
sup:region-jabal-al-akrad	Jabal al-Akrad	region	Syria	Latakia	35.75	36.15		Jabal al-Akrad|Jebel al-Akrad|Jabal Akrad|Kurd Mountain|Kurds Mountain
sup:village-shir-mughar	Shir Mughar	village	Syria	Hama	35.63	36.42		Shir Mughar|Sher Mughar|Shir al-Mughar|Sher Maghar|Shir Maghar
sup:village-kafr-nabuda	Kafr Nabuda	village	Syria	Hama	35.43	36.50		Kafr Nabuda|Kafr Nabouda|Kafranbuda|Kafr Naboudeh|Kfar Nabuda|Kafr Nbuda
sup:village-kabajeb	Kabajeb	village	Syria	Deir ez-Zor	35.13	39.70		Kabajeb|Kabajib|Kabajab|Kbajeb
sup:region-wadi-hauran	Wadi Hauran	region	Iraq	Anbar	33.60	41.20		Wadi Hauran|Wadi Horan|Wadi Houran|Wadi Hawran|Wadi Huran
sup:region-qarachogh	Qarachogh	region	Iraq	Erbil	35.85	43.35		Qarachogh|Qarachokh|Qara Chokh|Qarachogh mountain|Qarachogh Mountain|Mount Qarachogh|Qarachogh mountains
sup:village-mazloum	Mazloum	village	Syria	Deir ez-Zor	35.30	40.27		Mazloum|Mazlum|al-Mazloum
sup:village-mabrouka	Mabrouka	village	Syria	Al-Hasakah	36.65	39.90		Mabrouka|Mabruka|Mabrukah|al-Mabrouka|al-Mabruka|Mabroukah
sup:village-nimrud	Nimrud	village	Iraq	Nineveh	36.10	43.33		Nimrud|Nimroud|Namrud
sup:village-humaymah	Humaymah	village	Syria	Homs	34.60	39.60		Humaymah|Humayma|Hmeimeh|Al-Humaymah|al-Humayma|Hmaimeh
sup:landmark-nuri-mosque	Great Mosque of al-Nuri	landmark	Iraq	Nineveh	36.34	43.13		Great Mosque of al-Nuri|Great Mosque of al-Nouri|al-Nuri mosque|al-Nouri mosque|Nuri mosque|Nouri mosque|Grand al-Nuri mosque|Grand al-Nouri mosque|al-Nuri Grand Mosque|al-Nouri Grand Mosque|Great al-Nuri Mosque|Grand Mosque of al-Nuri
sup:landmark-hadba	Al-Hadba Minaret	landmark	Iraq	Nineveh	36.34	43.13		Al-Hadba Minaret|al-Hadba minaret|Hadba minaret|al-Hadba|al-Hadbaa|leaning minaret of Mosul
sup:landmark-askari	Al-Askari Shrine	landmark	Iraq	Salah ad-Din	34.20	43.87		Al-Askari Shrine|al-Askari shrine|Askari shrine|al-Askari mosque|al-Askariya shrine|Askariya shrine|al-Askariyya shrine|Golden Mosque of Samarra|al-Askari Mosque
sup:nbhd-mosul-old-city	Old City of Mosul	neighbourhood	Iraq	Nineveh	36.34	43.13		Old City of Mosul|Mosul's Old City|Mosul Old City|old city of Mosul|Mosul's old city
sup:nbhd-mosul-zanjili	Zanjili	neighbourhood	Iraq	Nineveh	36.35	43.12		Zanjili|al-Zanjili|Zinjili|al-Zinjili|Zanjeeli
sup:village-kafr-kalbin	Kafr Kalbin	village	Syria	Aleppo	36.52	37.14		Kafr Kalbin|Kafr Kalbeen|Kfar Kalbin|Kafrkalbin
sup:village-barwana	Barwana	village	Iraq	Anbar	34.11	42.40		Barwana|Barwanah|al-Barwana
sup:crossing-bzeibiz	Bzeibiz bridge	crossing	Iraq	Anbar	33.23	43.92		Bzeibiz bridge|Bzeibiz|Bzebiz bridge|Bzibiz bridge|Bzeibiz crossing
sup:village-tell-shamiram	Tell Shamiram	village	Syria	Al-Hasakah	36.58	40.28		Tell Shamiram|Tal Shamiram|Tel Shamiram
sup:village-tell-hormizd	Tell Hormizd	village	Syria	Al-Hasakah	36.62	40.34		Tell Hormizd|Tal Hormiz|Tel Hormizd|Tell Hormiz
sup:village-tell-goran	Tell Goran	village	Syria	Al-Hasakah	36.60	40.38		Tell Goran|Tal Goran|Tel Goran|Tell Gouran
sup:landmark-tetrapylon	Tetrapylon of Palmyra	landmark	Syria	Homs	34.55	38.27		Tetrapylon of Palmyra|Palmyra's Tetrapylon|Tetrapylon|the Tetrapylon
sup:landmark-palmyra-theatre	Theatre of Palmyra	landmark	Syria	Homs	34.55	38.27		Theatre of Palmyra|Palmyra's Roman theatre|Roman theatre of Palmyra|Palmyra theatre|Palmyra's theatre
sup:village-kishkiyah	Al-Kishkiyah	village	Syria	Deir ez-Zor	34.88	40.61		Kishkiyeh|Kishkiyah|al-Kishkiyah|al-Kishkiyeh|Kashkiyeh|al-Kashkiyeh|Kishkiya|Keshkiyeh
sup:village-kilo-18	Kilo 18	village	Iraq	Anbar	33.40	43.15		Kilo 18|Kilo-18|Km 18
sup:gov-tr-sanliurfa	Şanlıurfa Province	governorate	Turkey	Şanlıurfa	37.35	39.00		Şanlıurfa province|Sanliurfa province|Sanliurfa Province|province of Sanliurfa|province of Şanlıurfa|Urfa province|province of Urfa
sup:gov-tr-gaziantep	Gaziantep Province	governorate	Turkey	Gaziantep	37.07	37.38		Gaziantep province|province of Gaziantep|Antep province
sup:gov-tr-kilis	Kilis Province	governorate	Turkey	Kilis	36.72	37.12		Kilis province|province of Kilis
sup:gov-tr-hatay	Hatay Province	governorate	Turkey	Hatay	36.40	36.35		Hatay province|province of Hatay|Hatay|Hatay region
sup:gov-tr-mardin	Mardin Province	governorate	Turkey	Mardin	37.35	41.00		Mardin province|province of Mardin
sup:gov-tr-sirnak	Şırnak Province	governorate	Turkey	Şırnak	37.42	42.45		Şırnak province|Sirnak province|province of Sirnak|province of Şırnak
sup:gov-tr-hakkari	Hakkâri Province	governorate	Turkey	Hakkâri	37.45	43.75		Hakkâri province|Hakkari province|province of Hakkari|province of Hakkâri
sup:gov-jo-mafraq	Mafraq Governorate	governorate	Jordan	Mafraq	32.40	37.20		Mafraq governorate|Mafraq province|province of Mafraq|Al-Mafraq governorate
sup:gov-jo-irbid	Irbid Governorate	governorate	Jordan	Irbid	32.55	35.85		Irbid governorate|Irbid province|province of Irbid
sup:gov-jo-karak	Karak Governorate	governorate	Jordan	Karak	31.20	35.70		Karak governorate|Karak province|province of Karak|Kerak governorate|Kerak province|Al-Karak governorate
sup:nbhd-baghdad-karrada	Karrada	neighbourhood	Iraq	Baghdad	33.30	44.43		Karrada|al-Karrada|Karada|Karradah|al-Karradah|Karrada district|Karrada Dakhil|Karrada Kharij
sup:nbhd-hasakah-nashwa	al-Nashwa	neighbourhood	Syria	Al-Hasakah	36.49	40.74		al-Nashwa|Nashwa|al-Nashweh|Nashweh|an-Nashwa
sup:nbhd-hasakah-ghwayran	Ghwayran	neighbourhood	Syria	Al-Hasakah	36.47	40.76		Ghwayran|Ghweiran|Ghuwayran|Gweiran|Ghwairan|al-Ghwayran
sup:base-menagh	Menagh air base	base	Syria	Aleppo	36.52	37.04		Menagh air base|Menagh airbase|Menagh military airport|Menagh airport|Minakh air base|Minakh airbase|Mennagh air base|Mennagh airbase
sup:oil-jbeisa	Jbeisa oil field	oil field	Syria	Al-Hasakah	36.13	40.66		Jbeisa oil field|Jbeisa field|Jbeisa oilfield|Jbeisa|al-Jbeisa|Jbessa|Jibsa|Jbeissa
sup:town-baqaa-camp	Baqaa camp	town	Jordan	Balqa	32.08	35.84		Baqaa camp|Baqaa refugee camp|Baqa'a camp|Baqa'a refugee camp|al-Baqaa camp|Baqaa
sup:landmark-petra	Petra	landmark	Jordan	Ma'an	30.33	35.44		Petra
sup:town-qairawan	Al-Qayrawan	town	Iraq	Nineveh	36.20	41.95		al-Qayrawan|Qayrawan|Qairawan|al-Qairawan|al-Qirawan|Qirawan
sup:region-mount-sinjar	Mount Sinjar	region	Iraq	Nineveh	36.37	41.73		Mount Sinjar|Sinjar Mountain|Sinjar mountain|Sinjar Mountains|Sinjar mountains|Jebel Sinjar|Jabal Sinjar|Mount Shingal|Shingal mountain|Shingal Mountain
sup:landmark-amara-centre	Amara Cultural Centre	landmark	Turkey		36.98	38.42		Amara Cultural Centre|Amara Cultural Center|Amara cultural centre|Amara cultural center|Amara culture centre|Amara Culture Centre
sup:gov-ir-khuzestan	Khuzestan Province	governorate	Iran	Khuzestan	31.30	48.70		Khuzestan|Khuzestan province|Khuzestan Province|province of Khuzestan|Khuzistan|Khuzistan province
sup:gov-ir-kermanshah	Kermanshah Province	governorate	Iran	Kermanshah	34.30	46.50		Kermanshah province|Kermanshah Province|province of Kermanshah
sup:gov-ir-ilam	Ilam Province	governorate	Iran	Ilam	33.30	46.80		Ilam province|Ilam Province|province of Ilam
sup:gov-ir-west-azerbaijan	West Azerbaijan Province	governorate	Iran	West Azerbaijan	37.50	45.00		West Azerbaijan|West Azerbaijan province|West Azerbaijan Province|province of West Azerbaijan
sup:crossing-oncupinar	Öncüpınar	crossing	Turkey	Kilis	36.64	37.08		Öncüpınar|Oncupinar|Öncüpınar crossing|Oncupinar crossing|Öncüpınar border crossing|Oncupinar border gate|Öncüpınar border gate
sup:village-ithriyah	Ithriyah	village	Syria	Hama	35.37	37.73		Ithriyah|Ithriya|Athriya|Athriyah|Itriya|Ithriyya
sup:landmark-khomeini-mausoleum	Mausoleum of Ruhollah Khomeini	landmark	Iran	Tehran	35.55	51.37		Mausoleum of Ruhollah Khomeini|mausoleum of Ruhollah Khomeini|mausoleum of Ayatollah Ruhollah Khomeini|Khomeini mausoleum|Khomeini's mausoleum|mausoleum of Ayatollah Khomeini|Khomeini shrine|Khomeini's shrine
sup:nbhd-beirut-burj-barajneh	Burj al-Barajneh	neighbourhood	Lebanon		33.85	35.51		Burj al-Barajneh|Bourj el-Barajneh|Bourj al-Barajneh|Burj el-Barajneh|Bourj Barajneh|Burj Barajneh
sup:nbhd-beirut-dahiyeh	Dahiyeh	neighbourhood	Lebanon		33.85	35.51		Dahiyeh|Dahieh|Dahiya|Dahiyah|al-Dahiyeh|al-Dahiya|Dahiyeh suburbs
sup:region-mutaibija	Mutaibija	region	Iraq	Salah ad-Din	34.30	44.40		Mutaibija|al-Mutaibija|Mutaybija|Mtaibija|Mutaibijah
sup:facility-badush-prison	Badush prison	facility	Iraq	Nineveh	36.41	42.99		Badush prison|Badoush prison|Badush Prison|Badoush Prison|Badush jail|Badoush jail
sup:village-kilo-160	Kilo 160	village	Iraq	Anbar	33.05	41.95		Kilo 160|Kilo-160|Km 160
sup:village-shbiki	Al-Shbiki	village	Syria	As-Suwayda	32.78	36.70		al-Shbiki|Shbiki|al-Shbeiki|Shbeiki|ash-Shbiki
sup:village-khazir	Khazir	village	Iraq	Nineveh	36.33	43.46		Khazir|al-Khazir|Khazer|Khazir checkpoint|Khazer checkpoint
sup:town-karamlesh	Karamlesh	town	Iraq	Nineveh	36.30	43.41		Karamlesh|Karamles|Karemlash|Karamlash|Karemles|Karemlesh
sup:airport-jirah	Jirah airbase	base	Syria	Aleppo	36.10	37.94		Jirah airbase|Jirah air base|al-Jirah airbase|al-Jirah air base|Jirah military airport|Jirah airport|al-Jarrah airbase|Jarrah airbase|Jarrah air base|Jarrah military airport
sup:nbhd-damascus-qadam	Qadam	neighbourhood	Syria	Damascus	33.47	36.29		Qadam|al-Qadam|Kadam|al-Kadam
sup:town-yalda	Yalda	town	Syria	Rif Dimashq	33.46	36.31		Yalda|Yelda|Yaldah
sup:nbhd-fallujah-nazzal	Nazzal	neighbourhood	Iraq	Anbar	33.36	43.78		Nazzal|al-Nazzal|Hay Nazzal
sup:region-albu-aifan	Albu Aifan	region	Iraq	Anbar	33.40	43.72		Albu Aifan|Al Bu Aifan|al-Bu Aifan|Albu Aifa|Albu Ayfan
"""#

/// Names the press uses for GeoNames places that GeoNames' alternate names lack, mostly Kurdish ones; added to
/// those places' aliases when the gazetteer loads. Columns: the place's key, its added aliases (|).
let placeAliasAdditionsTSV = #"""
gn:98463	Sulaimani|Slemani|Sulaimaniyah
gn:162803	Aqirbat|Akerbat|Aqerbat|Uqeirbat|Oqeirbat|Uqayribat
gn:165509	Serekaniye|Serê Kaniyê|Sere Kaniye|Ras al-Ain|Ras al-Ayn|Ras al Ayn|Ras al-Ein
gn:163750	Gire Spi|Girê Spî|Tal Abyad|Tel Abyad
gn:173530	Derik|Dêrik
gn:174448	Albukamal|Al Bukamal|Boukamal|Abu Kamal
gn:90353	Tel Keppe|Tel Kaif|Tel Kayf|Telkaif
gn:92138	Qaim|Qaem|Al-Qaem|al-Qaem
gn:95788	Heet
gn:90026	Tuz Khurmatu|Duz Khurmatu|Tuz Khurmatoo|Tuz Khormato|Duz Khurmatoo|Duz
gn:93818	Makhmour
gn:167245	Marea|Mare'|Mare‘
gn:390188	Hawija|Hawijah|al-Hawija|al-Hawijah|Huwaija|Hawiga
gn:8559276	Mansoura|al-Mansoura|Mansourah|al-Mansurah|Mansura
"""#
