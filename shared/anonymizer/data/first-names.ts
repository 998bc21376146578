/**
 * Common given names in Norway: Norwegian names of all generations with spelling variants and
 * double-name parts, Sámi and Kven names, and the names most common among immigrants and their
 * children, with their usual transliterations. One entry per line or space; capitalised as written.
 *
 * Source: Written for this project. Which Norwegian names are common follows Statistics Norway's
 * published name statistics (ssb.no, «Navn»); the lists are the project's own, not copies of its
 * tables.
 */
export const FIRST_NAMES = `
Anne Inger Kari Marit Ingrid Liv Eva Berit Astrid Bjørg Hilde Anna Solveig Marianne Randi Ida Nina
Maria Elisabeth Kristin Bente Heidi Silje Hanne Gerd Linda Tone Tove Elin Anita Wenche Wenke Venke
Camilla Kamilla Ragnhild Grete Grethe Greta Ellen Hege Monica Monika Mona Julie Nora Emma Sara Sarah
Thea Tea Ingeborg Karin Karen Trine Gunn Turid Unni Sigrid Emilie Emily Kirsten Mari Marte Marthe
Martine Maren Stine Kristine Christine Vilde Hanna Hannah Ingvild Torill Toril Torhild Rita Siri
Helene Ane Anette Annette Lene Mette Cecilie Sesilie Caroline Karoline Lise Lisbeth Else Elsa Ella
Sofie Sophie Sofia Sophia Olivia Lea Leah Frida Maja Maia Maya Amalie Selma Alma Iben Tiril Tirill
Tuva Oda Mathilde Matilde Aurora Hedda Jenny Malin Synne Sunniva Andrea Kaja Kaia Live Eline Marie
Mia Mie Hedvig Signe Sigrun Åse Åshild Aslaug Åslaug Borghild Dagny Dagrun Edel Eldbjørg Elbjørg
Ester Esther Gudrun Gunhild Gunvor Hjørdis Jorunn Jorun Kjellaug Laila Leila Magnhild Margit
Margrethe Margrete Margareth Margaret Marta Martha Målfrid Olaug Oddny Oddrun Oddbjørg Ragna Reidun
Reidunn Sissel Sølvi Solvei Svanhild Synnøve Synøve Torunn Torun Tordis Valborg Vigdis Aud Audhild
Bodil Brit Britt Britta Gry Hilda Hildur Ingunn Inga Irene Kjersti Kjerstin Lillian Lilian Lillan
Line Linn Liss Marita Mariann Marion May Merete Merethe Mildrid Nelly Norunn Oline Olga Petra
Ranveig Rannveig Ronja Ruth Rut Sidsel Siv Solfrid Solbjørg Sonja Stina Susanne Sylvi Sylvia Tina
Torild Trude Turi Unn Veronica Veronika Vibeke Wibeke Victoria Viktoria Vivian Vivi Yvonne Agnes
Agnete Alfhild Alvhild Anine Annbjørg Ann Anja Anniken Astri Aase Bergljot Birgit Birgitte Birte
Borgny Dordi Eli Elida Elise Ellinor Elna Embla Emilia Erle Erika Evy Frøydis Gjertrud Gunnvor
Gunnhild Gunnbjørg Guri Hallgerd Halldis Helga Helen Helena Henny Herdis Hildegunn Idun Ina Ingelin
Ingjerd Ingri Irmelin Isabel Isabell Isabella Isabelle Iselin Jannicke Jannike Janne Jeanette
Johanne Josefine Josephine Julia Juni Jorid Kaisa Karianne Kathrine Katrine Cathrine Catrine
Kathinka Katinka Katharina Katarina Katrin Kine Kjellfrid Klara Clara Kristi Kristina Christina Lena
Lilly Lily Lilje Linnea Linnéa Linea Liva Lone Lotte Louise Lovise Lucia Luna Madeleine Magdalena
Malene Marielle Marlene Mathea Matea Melissa Mina Miriam Mirjam Molly Nanna Natalie Nathalie
Nikoline Nicoline Nila Norah Oddlaug Oddveig Othilie Ottilie Pernille Ragnfrid Regine Renate Rigmor
Rikke Rine Rosa Runa Sandra Saga Sanna Sigfrid Sigri Silja Silvia Simone Sina Siren Solgunn Stella
Susann Svanaug Tale Thale Tara Therese Terese Thora Tora Torbjørg Torgunn Torid Torny Tyra Una
Ulrikke Ulrika Vanja Vår Vera Vilja Vilje Wilma Vilma Ylva Åsa Åsne Åsta Aasta Øydis Eira Eir Frøya
Freya Hermine Ingebjørg Ingerid Solrun Gudny Gudveig Kristiane Lisa Lykke Maiken Mailin Marlen
Martina Milla Mille Pia Rebekka Rebecca Sigrunn Thilde Tilde Tonje Torborg Gunnlaug Liselotte
Ragnvei Alida Amanda Anne-Marie Anne-Lise Anne-Karin Ann-Kristin Ann-Mari Ann-Kristine Anne-Grete
Anne-Berit Anne-Britt Anne-Mette Anne-Kari Anne-Sofie Anne-Cathrine Ann-Elisabeth Ann-Helen
Ann-Karin Ann-Sofie Mari-Ann Mari-Anne Marie-Louise Eva-Marie Inger-Lise Inger-Marie Inger-Johanne
Kari-Anne Lise-Lotte Hanne-Marie Lise-Marie Eva-Lill Britt-Helen Liv-Marit Siv-Elin Mette-Marit
Ellen-Marie Kjersti-Marie Tone-Lise Bente-Marie Karen-Marie Marit-Elise Ingrid-Marie Grete-Lill
Heidi-Marie Anne-Lene Anne-Stine Helle Signy Sigvor Torgerd Gunnveig Malfrid Solgerd Åsvor Borgunn
Alvild Ingvill Karita Mai Mai-Britt Mai-Lis Maj Maj-Britt Ninni Oddvor Rønnaug Synnove Thorhild Tyri
Jofrid Guro Gurid Ingrun Gunvald Ragnvor Annlaug Ingerlise Johanna Lovisa Pauline Serine Thyra
Tomine Andrine Elfrid Elvira Hallbjørg Hilma Kristense Mally Oleane Serina Teodora Evelina Evelyn
Olea Alva Ada Aria Mila Othelie Celine Cornelia Dorthea Dorthe Edith Edvarda Eldrid Elfrida Gjertine
Gunnborg Helfrid Hulda Ingfrid Josefa Karla Magna Margot Marthine Nikolina Oddfrid Randy Rosalind
Tekla Thekla Torfrid Veslemøy Vesla Wenny Idunn Sylvelin Vårin Solvor Ingvor Ninja Marna Lill
Lillemor Karine Katja Nadja Susanna Tanja Hennie Hedy Gidsken Tove-Lise Jan Per Bjørn Ole Lars Kjell
Knut Arne Svein Hans Geir Tor Thor Terje Thomas Tomas Morten John Jon Erik Eirik Erich Eric Rune
Trond Odd Martin Anders Andreas Jens Harald Rolf Nils Espen Tore Thore Arild Gunnar Olav Olaf Ola
Kristian Christian Stian Magnus Jonas Daniel Henrik Hendrik Fredrik Frederik Kristoffer Christoffer
Kristofer Christopher Kim Marius Øyvind Øivind Øystein Øistein Tommy Dag Helge Even Sindre Sigurd
Eivind Eyvind Einar Leif Ivar Iver Egil Finn Frode Gaute Glenn Glen Gard Gisle Gudmund Gunnstein
Gustav Guttorm Hallvard Halvard Halvor Halfdan Harry Hauk Håkon Haakon Håvard Havard Hermann Herman
Inge Ingvar Ingolf Jakob Jacob Johan Johannes Jostein Jørgen Jørn Kåre Kai Karl Carl Kenneth Kent
Kolbjørn Kristen Kurt Leiv Lasse Lauritz Lorentz Ludvig Magne Mathias Matias Matthias Mats Mikkel
Michael Mikael Nikolai Nicolai Nikolaj Njål Oddvar Oddbjørn Oskar Oscar Ottar Paul Pål Peder Petter
Peter Ragnar Ragnvald Reidar Reinert Richard Rikard Robert Roar Roger Ronny Rudolf Runar Rasmus
Sebastian Severin Sigmund Sigve Simen Simon Sivert Sjur Stein Steinar Steffen Sten Stig Sturla Sune
Svend Sverre Sveinung Tarjei Tord Torbjørn Torfinn Torgeir Torgils Torkel Torleif Tormod Torstein
Torvald Trygve Tryggve Ulf Ulrik Vebjørn Vegar Vegard Vemund Vetle Vidar Viggo Viljar Vilhelm
Wilhelm Willy Villy William Yngvar Yngve Ørjan Ørnulf Åge Aage Åsmund Asmund Aslak Audun Alf Alfred
Alv Amund Anton Are Arnfinn Arnt Arnstein Arve Asbjørn Asgeir Atle Axel Aksel Bård Bendik Benjamin
Bent Birger Bjarne Bjørnar Bjarte Borgar Brage Brede Dagfinn Edvard Edvin Eilert Eldar Elias Elling
Emil Endre Erlend Erling Eskil Filip Philip Fridtjof Fritjof Gabriel Georg Gjermund Gorm Gregers
Gudbrand Haldor Halldor Halstein Hjalmar Hogne Ingebrigt Ingmar Isak Jarl Jarle Joakim Joachim
Johnny Jonny Jomar Jone Jørund Kasper Casper Ketil Kjetil Kjartan Klaus Claus Kolbein Konrad Lage
Lennart Levi Liam Lukas Lucas Magnar Mads Markus Marcus Mons Nikolas Niklas Noah Noa Odin Olai
Oliver Otto Ove Preben Rein Robin Rolv Ruben Sander Sigbjørn Sigvald Sigvart Snorre Sondre Storm
Svenn Syver Teodor Theodor Tobias Tollef Tom Toralf Torje Trym Ulv Valter Walter Verner Werner
Vilmer Viktor Victor Eilif Gjert Hallgeir Helmer Hilmar Ingve Ivan Jardar Jo Joar Leander Leon
Ludvik Mattis Oddgeir Oddmund Oddleif Olve Reidulf Roald Sølve Steingrim Sven Tallak Tarald Tjerand
Torgrim Torolf Aleksander Alexander Adrian Albert Ask August Birk Bror Colin Dennis Eilev Elliot
Eskild Felix Frans Frank Gunleiv Gunnleiv Haavard Halvdan Ingar Jan-Erik Jan-Ove Jan-Olav Jan-Petter
Jan-Tore Jan-Helge Jan-Arne Per-Arne Per-Olav Per-Kristian Per-Ivar Per-Magnus Per-Erik Per-Olaf
Per-Øyvind Ole-Petter Ole-Kristian Ole-Jørgen Ole-Martin Ole-Johan Ole-Christian Ole-Henrik
Ole-Marius Jon-Erik Jon-Arne Bjørn-Erik Bjørn-Tore Bjørn-Olav Hans-Petter Hans-Christian
Hans-Kristian Hans-Olav Hans-Jørgen Hans-Martin Karl-Johan Karl-Erik Lars-Erik Lars-Petter Lars-Ove
Nils-Erik Nils-Olav Nils-Petter Svein-Erik Svein-Arne Tor-Erik Tor-Arne Tor-Egil Tor-Inge Tor-Håkon
Tor-Ivar Stein-Erik Knut-Erik Odd-Arne Odd-Erik Geir-Ove Geir-Arne Kjell-Arne Kjell-Ove Kjell-Ivar
Jens-Petter Tom-Erik Tom-Arne Anders-Petter Arne-Johan Eirik-Andre Jan-Kristian Per-Gunnar Knut-Arne
Stig-Arne Rolf-Erik Rune-Arne Andre André Andres Arnold Aron Aaron Asle Audgeir Bernt Bernhard
Bertil Bjarke Bjørge Botolv Brynjar Bøye Carsten Karsten Cato Christen Dan Didrik Dittmar Edgar
Eddie Eigil Eiliv Einride Eldor Emanuel Ernst Evald Fabian Ferdinand Fredrick Gerhard Gudleik Gunder
Gunnleik Gustaf Hallstein Hans-Erik Herbjørn Holger Hugo Ingolv Ingulf Jack Jesper Joacim Joel
Jonatan Jonathan Josef Josva Julius Juul Kaare Kevin Kjeld Klemet Knud Konstantin Krister Leidulf
Lorents Lyder Malvin Marcel Martinius Melvin Mikal Mikkjel Nils-Arne Ola-Martin Olaus Ommund Osvald
Oswald Otte Palle Patrick Peer Pelle Regin Reier Reinhard Remi Rene René Roy Rudi Sebjørn Selmer
Sigfred Sigvard Solve Steinulf Sten-Ove Svale Thorvald Tinius Tjalve Tobben Torben Torger Torkjell
Tov Truls Tjostolv Ulrich Vilfred Villum Wiggo Øivin Øyvin Åsulv Håvar Alfons Alvin Amandus Andor
Angelo Annar Arngeir Arnljot Auden Balder Bastian Benedikt Benny Berge Bertel Bjørnulf Bo Borge
Brian Carlo Conrad Danny Dagmund Ditlef Eberhard Ebbe Edmund Egon Elvin Emund Erland Eystein Falk
Finnbogi Folke Fritz Gaut Geirmund Gjest Gregar Grim Gullik Gunnulf Haagen Hagbart Halvar Hroar
Hroald Ingebrikt Ingard Iven Jul Kolbeinn Kristoff Lauri Leidulv Loke Magni Njord Olvar Ragnvard
Rangvald Reidmund Runolf Sigge Sigfus Skjalg Snorri Steinulv Styrk Teis Theo Thoralf Thorbjørn
Torodd Torvid Tryggvi Ulvar Vegeir Vermund Vestein Vigleik Vilmar Åsbjørn Åsgeir Ørnulv Aasmund
Alvar Anfinn Arvid Baard Bjørn-Inge Einar-Johan Emrik Even-Andre Frank-Arne Ivar-Kristian Jakop
Kornelius Kristopher Matheo Milian Milan Mio Noel Sakarias Sakkarias Tage Teo Villiam Ari Arthur
Eliah Leo Lars-Martin Lars-Kristian Per-Anders Per-Christian Ola-Marius Odd-Inge Odd-Roar
Arne-Kristian Jan-Egil Jan-Roger Jan-Inge Jan-Eirik Karl-Ivar Kim-Andre Knut-Ivar Áilu Ailo Ailu
Máret Biret Ánte Ante Ánde Ándde Áslat Ásllat Piera Biera Niillas Niila Mihkkal Mikkal Issát Ovllá
Ovla Jovnna Juhán Heaika Sámmol Ingá Elle Risten Ristin Gáddja Sárá Kárin Máhtte Sunná Sunna Ánná
Rávdná Láilá Márjá Márten Lemet Jovsset Duommá Ivvár Nihkolas Mathis Ánne Elen Sire Nils-Aslak
Inger-Mari Karen-Anne Berit-Anne Aili Aino Eino Eero Erkki Heikki Hilja Irja Jouni Juha Jussi
Kaarina Kalle Kerttu Lempi Liisa Matti Mikko Niilo Olli Paavo Pekka Raili Reino Seppo Sirkka Tapio
Tuomas Tuula Urho Veikko Väinö Aune Elina Hannele Helmi Ilona Inkeri Kirsi Leena Marja Minna Päivi
Riitta Satu Tiina Tuija Anneli Antti Esa Hannu Jari Jukka Markku Mika Pasi Petri Sami Timo Tommi
Ville Aleksi Onni Eetu Oskari Aada Siiri Venla Iida Kristiina Elsi Helvi Toivo Alpo Aarne Arvo Eila
Eeva Hilkka Jaana Jorma Kaija Kaisu Kimmo Maija Marjatta Mirja Pirjo Raimo Ritva Sari Seija Sinikka
Tarja Terttu Ulla Veli Vesa Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Zofia
Joanna Aleksandra Natalia Karolina Justyna Beata Dorota Jolanta Paulina Weronika Wiktoria Zuzanna
Oliwia Amelia Alicja Gabriela Martyna Kinga Sylwia Iwona Renata Danuta Halina Grażyna Teresa Jadwiga
Urszula Bożena Wanda Irena Izabela Aneta Patrycja Dominika Kamila Klaudia Edyta Agata Ewelina
Marzena Magda Milena Lucyna Genowefa Stanisława Janina Czesława Wioletta Piotr Krzysztof Andrzej
Tomasz Paweł Michał Marcin Grzegorz Józef Marek Łukasz Adam Zbigniew Jerzy Tadeusz Mateusz Dariusz
Mariusz Wojciech Ryszard Jakub Kamil Rafał Kacper Szymon Bartosz Bartłomiej Damian Artur Przemysław
Sławomir Mirosław Stanisław Zdzisław Wiesław Bogdan Henryk Kazimierz Leszek Waldemar Roman Czesław
Dawid Dominik Hubert Igor Jacek Janusz Jarosław Karol Maciej Norbert Patryk Radosław Remigiusz
Wiktor Witold Zygmunt Antoni Franciszek Nikola Wojtek Kuba Bartek Pawel Michal Lukasz Slawomir
Miroslaw Stanislaw Jozef Rafal Przemyslaw Jaroslaw Radoslaw Malgorzata Elzbieta Grazyna Bozena
Zbyszek Arkadiusz Ireneusz Eugeniusz Krystian Tymon Ignacy Aleksy Julian Stefan Tadek Jędrzej
Jedrzej Kornelia Pola Iga Laura Zuzia Kasia Basia Gosia Mantas Darius Andrius Aurimas Arūnas Arunas
Audrius Donatas Egidijus Gintaras Giedrius Justinas Kęstutis Kestutis Laurynas Linas Mindaugas
Nerijus Paulius Povilas Rimantas Ričardas Ricardas Rolandas Saulius Simonas Tadas Vaidas Valdas
Vytautas Žilvinas Zilvinas Algirdas Antanas Juozas Kazys Petras Rokas Matas Dovydas Domantas
Gabrielius Nojus Jokūbas Jokubas Ugnius Artūras Arturas Deividas Edvinas Ernestas Evaldas Gediminas
Ignas Karolis Modestas Raimondas Robertas Tautvydas Vilius Aidas Aivaras Šarūnas Sarunas Rūta Ruta
Jurgita Lina Agnė Agne Asta Aušra Ausra Daiva Dalia Edita Eglė Egle Gintarė Gintare Giedrė Giedre
Ieva Indrė Indre Jolita Jūratė Jurate Justina Lijana Loreta Milda Neringa Rasa Raminta Regina Simona
Skaistė Vaida Violeta Viktorija Živilė Zivile Aistė Aiste Emilija Gabija Goda Kamilė Kamile Liepa
Austėja Austeja Urtė Urte Ugnė Ugne Ona Birutė Birute Danutė Aldona Laima Ilze Inese Kristaps Janis
Jānis Andris Edgars Raivis Kaspars Māris Maris Liga Līga Anete Kaido Tõnu Tonu Mart Kadri Kati Liis
Triin Maarja Maxamed Axmed Abdi Abdullahi Abdirahman Abdirahim Abdikadir Abdiqadir Abdiaziz
Abdisalam Abdirizak Abdirashid Abdiwahab Abdulkadir Xasan Xuseen Cumar Cismaan Ismaaciil Mahad
Mahamed Farah Faarax Hamse Liban Khadar Muse Muuse Nuur Salad Warsame Jama Jaamac Aden Aadan Siad
Sahra Sahro Hodan Hawa Xawa Halima Xaliimo Fadumo Faadumo Aamina Asha Caasha Ayaan Ayan Hibaaq Hibo
Fartun Filsan Ifrah Idil Ilhan Khadra Maryan Nasra Nimo Qamar Ruqiya Sagal Sucaad Suad Shukri Sumaya
Sumaiya Hamdi Deqa Deeqa Hafsa Hanan Istahil Kowsar Leyla Naima Nadifa Ladan Saida Ubah Ugbaad
Zamzam Anisa Bilan Fardowsa Farhiya Hinda Luul Mulki Najma Rahma Samsam Warsan Abdiwali Awil Bashir
Bile Daud Dahir Guled Hirsi Jibril Kaafi Mursal Mukhtar Mustafe Nuradin Qasim Roble Shire Sharmarke
Yonis Abshir Abukar Aweys Barre Elmi Gaal Geedi Hashi Isse Nasir Sadiq Samatar Siyad Sakariye
Mohamud Maxamuud Abdulahi Abdulle Mahdi Hersi Yahye Abdiweli Bashiir Cabdi Cali Cabdullahi Maxamud
Abdifatah Abdinasir Abdihakim Abdimalik Abdirisaq Abdishakur Abdiwahid Ahmednur Cabdiraxmaan Faysal
Hassan Huseen Ikraan Ilwaad Kaltun Khadijo Khaliif Maano Marwo Mohamed-Amin Mustaf Nafiso Ruun
Saciid Sadia Shamso Sureer Yasmiin Zahro Ayaanle Bisharo Canab Dalmar Dhuux Fiqi Ismahan Jawaahir
Kaafiya Nasteexo Nuurto Samira Xamda Xaawo Xamse Mohammad Mohammed Muhammad Mohamed Mohamad Muhammed
Mouhamed Mohammadali Ahmad Ahmed Mahmoud Mahmud Mustafa Mostafa Moustafa Ali Hasan Hussein Husein
Hussain Husain Omar Umar Omer Khalid Khaled Walid Waleed Yusuf Youssef Yousef Yousif Youssouf
Ibrahim Ebrahim Ismail Ismael Abdullah Abdallah Abdul Abdulrahman Abdelrahman Abderrahmane Abdulaziz
Abdelaziz Abdelkader Abdelkarim Abdulkarim Abdulkader Abdulla Abdelilah Abdellah Abdelhak Abdelhadi
Abdellatif Abdessamad Adel Adil Adnan Amin Amir Ammar Anas Ayman Aiman Bakr Bashar Bassam Bilal Fadi
Fady Faisal Feisal Fares Faris Farid Fawzi Fouad Fuad Ghassan Hadi Hamid Hamed Hamza Hamzah Hani
Haitham Haytham Hatem Hazem Hisham Houssam Hussam Ihab Imad Emad Issa Jamal Jamil Jihad Kamal Karim
Kareem Khalil Laith Layth Louay Luay Maher Majid Majed Malik Malek Mansour Mansur Marwan Mazen
Mohannad Muhannad Munir Mounir Murad Mourad Nabil Nader Nadir Naji Nasser Nizar Nour Noor Nouri
Osama Usama Qais Qusai Rami Rashid Rachid Raed Riad Riyad Saad Sa'ad Sabri Said Saeed Saed Salah
Saleh Salih Salem Salim Samir Sameer Shadi Sharif Sherif Suleiman Sulaiman Soliman Sultan Taha Tarek
Tariq Tareq Thaer Wael Wassim Wasim Yahya Yasser Yaser Yassin Yasin Yassine Younes Younis Yunus Zaid
Zayd Zakaria Zakariya Zaher Ziad Ziyad Aziz Abbas Ayoub Ayub Bader Badr Ilyas Ilias Idris Driss
Hakim Hicham Hichem Jalal Jawad Karam Lotfi Mehdi Mouad Nabeel Othman Redouane Ridwan Rayan Rayyan
Reda Ridha Saif Sayf Soufiane Sofiane Taoufik Tawfiq Zouhair Anwar Ashraf Fawaz Ghazi Jaber Jabir
Kassem Kassim Mazin Nidal Rabih Safwan Talal Tamer Tamir Yazan Yazid Zuhair Amjad Anis Aref Atef
Ayham Basel Basil Hamada Jad Jamel Moataz Mutaz Muath Muaz Obada Ubada Omran Imran Osman Radwan
Rakan Samer Tayseer Waseem Yamen Yaman Zain Zein Mo'men Mumen Abdelhamid Abdulhamid Abdulmalik
Abdulwahab Abdelmajid Abdulmajid Abdelnour Ahmed-Ali Haidar Haider Hayder Hussen Jaafar Jafar Kadhim
Kazem Muntadhar Mortada Murtadha Muqtada Sajjad Zainulabideen Firas Fadel Fadil Ghaith Ghayth Hamoud
Harith Iyad Eyad Khattab Loay Louai Mamoun Maamoun Mohsen Monzer Muhsin Muhanad Mujahid Mundhir
Nawaf Qutaiba Rabie Raouf Sadeq Sajid Samih Shaker Sufyan Suhaib Suhayb Tamim Tayeb Tayyeb Ubaid
Wajdi Yaqub Yacoub Zakariyya Zuheir Fatima Fatma Fatemeh Fatimah Aisha Aysha Aicha Aischa Ayesha
Maryam Mariam Meryem Amina Aminah Amira Ameera Asma Esma Aya Ayah Hala Hana Hiba Heba Huda Houda
Iman Eman Imane Inas Jamila Jana Jannah Jihan Khadija Khadidja Khadijah Layla Lama Lamia Lubna Maha
Malak Manal Marwa Maysa Muna Nadia Nadiya Nada Nawal Nura Noura Rahaf Rana Randa Rania Ranya Rasha
Reem Rim Rima Ruba Rukaya Ruqayya Safa Safaa Salma Samar Sana Sanaa Shaima Shayma Sumayyah Suha
Tasnim Wafa Widad Yasmin Yasmine Jasmin Yara Zahra Zeinab Zainab Zaynab Zineb Zeina Zaina Zahira
Aziza Basma Bushra Dana Dima Doaa Duaa Fatiha Ghada Hadeel Hadil Hajar Hager Houria Ibtisam Ikram
Ilham Inès Ines Israa Kawthar Kawtar Kaoutar Lamya Lamis Loubna Malika Meriem Nabila Najat Najla
Nisrine Nesrin Nesrine Nisreen Ouafae Rachida Rabia Sabah Sabrina Safia Safiya Salwa Samia Siham
Souad Soumaya Wiam Yousra Yusra Zakia Zohra Hind Joud Lujain Layan Leen Mays Nawar Rawan Razan Reham
Riham Sidra Tala Taghreed Tahani Tamara Wafaa Yumna Alaa Asil Aseel Bayan Dalal Dareen Dunia Dounia
Farida Ghufran Hadia Hayat Hayam Ibtihal Intisar Jumana Kholoud Khulood Lamar Lara Lulu Majd Mais
Maysoon Mayar Nahla Najwa Nuha Raghad Raneem Reema Renad Rola Roula Sahar Samah Sawsan Shahad Shirin
Suhair Walaa Yasmeen Zahraa Zahra'a Ayat Batoul Batool Ruqaya Zahir Irfan Kamran Farhan Asif Atif
Arshad Arslan Awais Babar Ehsan Fahad Fawad Haroon Harun Iqbal Ijaz Ejaz Imtiaz Javed Javaid Junaid
Kashif Khurram Mansoor Naveed Navid Nadeem Naeem Nauman Noman Qaiser Rizwan Saleem Shahid Shahzad
Shakeel Sohail Suhail Tahir Talha Tanveer Umair Usman Waqar Waqas Yasir Zafar Zahid Zeeshan Zubair
Shoaib Sarfraz Saqib Shafiq Shahbaz Shehzad Mudassar Mubashir Mubarak Mushtaq Nisar Pervez Parvez
Rehan Rehman Riaz Rafiq Sikandar Tauseef Uzair Wahid Waheed Yousaf Zaheer Zulfiqar Abid Akhtar Akram
Aslam Azhar Aamir Aamer Arif Ashfaq Ghulam Hafeez Hanif Ishaq Iftikhar Liaqat Mahmood Maqsood Nazir
Qadir Rauf Sabir Safdar Shabbir Shamim Shaukat Tanvir Younas Zaman Zayan Huzaifa Hasnain Muneeb Eesa
Isa Abrar Adeel Adeem Affan Ahsan Ali-Raza Ammad Asad Asim Aun Azeem Danyal Daniyal Faizan Faraz
Farrukh Ghazanfar Habib Hammad Hamdan Haseeb Hashim Humza Ibrar Iftekhar Jahangir Jibran Kaleem
Khawar Majeed Moeen Mohsin Moiz Mujtaba Mustansar Nasrullah Obaid Owais Rameez Rashad Raheel Sabeeh
Saifullah Salman Shahzaib Shehroz Sheraz Taimur Taimoor Tayyab Wajid Zohaib Zulqarnain Saima Samina
Shazia Shabana Nazia Naila Rubina Robina Rukhsana Shaista Shahida Shagufta Sobia Sumaira Tahira
Tanzeela Uzma Zara Zarah Zeba Zubaida Amna Anum Aneela Farzana Fozia Fouzia Huma Hina Iqra Irum Iram
Javeria Kiran Kulsoom Madiha Mahnoor Mahira Maira Mehwish Memoona Misbah Naheed Nasreen Nasrin
Nighat Noreen Nosheen Parveen Perveen Qurat Rehana Sabeen Sadaf Saba Saira Sajida Samreen Sehrish
Shaheen Shireen Sumbal Tayyaba Tehmina Zunaira Aleena Alina Anaya Hania Haniya Inaya Manahil Minahil
Zoya Zoha Hira Aiza Areeba Arooj Aliya Aaliya Aqsa Asifa Atiya Azra Bano Benazir Erum Fareeha Fariha
Ghazala Humaira Ishrat Kausar Kanwal Mahwish Mariyam Momina Muqaddas Nabeela Nargis Naseem Nayab
Rida Rimsha Sabiha Safina Shumaila Sonia Sughra Tabassum Tasneem Tooba Wajiha Zarina Gurpreet
Harpreet Manpreet Jaspreet Simranjit Amarjit Baljit Harjit Sukhwinder Harjinder Gurdeep Kuldeep
Jaswinder Paramjit Rajinder Balwinder Navdeep Mandeep Sandeep Amandeep Jasbir Ranjit Sarbjit
Inderjit Jagdeep Gurjit Simran Navjot Harleen Jasleen Gurleen Manjit Kulwinder Satnam Gurmeet
Hardeep Jasmeet Parminder Sukhdeep Gurinder Harvinder Rupinder Tejinder Davinder Surinder Tesfay
Tesfaye Tesfalem Tesfamariam Tekle Teklay Tewelde Tedros Tekeste Yonas Yohannes Yohanes Yemane
Yosief Yosef Dawit Mehari Mehreteab Mulugeta Abraham Abrham Filmon Natnael Nahom Semere Senai
Solomon Biniam Bereket Berhane Berhe Goitom Ghebre Gebre Gebremedhin Habte Haile Hailemariam Isaias
Kibrom Kidane Kiflom Merhawi Mussie Negasi Robel Selam Senait Simret Tsega Tsegai Weldu Yirgalem
Yordanos Yodit Abeba Aster Almaz Azeb Eden Feven Freweyni Hagos Hiwet Hiwot Luwam Lidia Mebrat
Merhawit Meron Mihret Milen Nebiat Rahel Rigbe Segen Selamawit Semhar Sennait Tigist Tirhas Tsehay
Winta Yohana Ariam Danait Delina Eyerusalem Frehiwet Kisanet Lula Saron Senayt Salina Adiam Aklilu
Amanuel Ammanuel Efrem Ephrem Eyob Henok Kaleab Kaleb Mebrahtu Medhanie Meles Mesfin Nebyu Rezene
Sirak Temesgen Tesfu Tewolde Tsegay Yafet Yared Zerai Zeray Zekarias Welday Awet Asmerom Berihu
Ghirmay Girmay Haben Habtom Kahsay Kibreab Mogos Okbay Tekie Teame Tekleab Werede Abebe Abebech
Addis Alemayehu Alemu Amare Asfaw Ayele Belay Bekele Birhanu Berhanu Dereje Desta Fikre Fikru Genet
Getachew Girma Hailu Kebede Kidist Lemlem Mekdes Meseret Mulu Negash Seble Tadesse Tamrat Tefera
Tekalign Tsion Wondimu Workneh Zewdu Zewditu Chala Chaltu Gemechu Lensa Obsa Ebisa Biftu Ayantu
Bontu Kedir Lemma Mesay Meskerem Netsanet Rediet Sofanit Tewodros Tirunesh Yeshi Zemen Bethlehem
Betelhem Bizuayehu Habtamu Mengistu Wubet Elfinesh Fasil Kassahun Yonatan Abel Ermias Fitsum Fikadu
Getnet Leul Mikiyas Nardos Rahwa Saliem Tsigereda Yemisrach Mahlet Samuel Yonathan Reza Mohammadreza
Alireza Hamidreza Amirhossein Hossein Morteza Mojtaba Behzad Behrouz Babak Bahram Bijan Dariush
Davood Davoud Farhad Farshad Farzad Hesam Hooman Houman Javad Kaveh Kourosh Kurosh Masoud Massoud
Mehran Mehrdad Milad Omid Parviz Payam Pedram Peyman Pouya Ramin Sadegh Sajad Salar Saman Shahin
Shahram Siamak Soheil Taher Vahid Zabihullah Ahmadullah Hekmatullah Habibullah Hayatullah Ikramullah
Inayatullah Najibullah Rahmatullah Samiullah Sayed Sayyid Wais Zabiullah Zalmai Zia Ziaullah Ajmal
Asadullah Dawood Fardin Gul Hashmat Hedayat Jamshid Masih Mirwais Naser Nasim Obaidullah Rahim Samim
Shakib Sohrab Yama Zaki Arash Ariya Armin Arman Ashkan Kian Kasra Keyvan Kiarash Mani Mazyar Mehrab
Nima Parsa Parham Pejman Puya Rasoul Rasul Roozbeh Shayan Soroush Sorush Abdulwahid Abdulhadi
Abdulqadir Ahmadshah Aminullah Baryalai Ezatullah Fazel Fazal Gulbuddin Hamidullah Jawid Jawed
Karimullah Lutfullah Mahboob Mahbub Mohibullah Nazar Noorullah Qudratullah Rafiullah Sadiqullah
Safiullah Shafiullah Sharifullah Sibghatullah Wahidullah Zakirullah Mahsa Parisa Pari Parvaneh Roya
Shiva Simin Soraya Tahmineh Yasaman Ziba Azadeh Azar Bahar Banafsheh Farzaneh Fereshteh Golnaz Gol
Haleh Hengameh Laleh Mahnaz Mahtab Mandana Marjan Mehri Mitra Nahid Narges Nazanin Negar Neda
Niloofar Nilufar Nilofar Pegah Raha Sepideh Setareh Shabnam Sheida Sima Soheila Somayeh Taraneh
Termeh Zohreh Arezoo Ava Donya Elaheh Elham Hadis Helia Homa Mahboubeh Marzieh Masoumeh Mehrnoosh
Mojgan Parastoo Rozita Sanaz Shahla Shokoufeh Yalda Zhila Anahita Ariana Arezo Fariba Fahima
Fereshta Frozan Freshta Gulalai Gulnaz Habiba Homaira Khatera Kobra Latifa Lida Mahbooba Malalai
Malalay Marzia Muska Nafisa Najiba Nilab Parwin Parween Rahima Roqia Rukhsar Sakina Shakila Shukria
Sitara Sohaila Tahmina Wahida Zarghona Zarmina Zuhal Zulaikha Madina Atena Atefeh Bita Darya Delaram
Diba Dorsa Elnaz Faezeh Fatima-Zahra Forough Ghazal Golara Hasti Hoda Kimia Leyli Mahdieh Mahin
Maral Mehrnaz Minoo Nazila Negin Neshat Nika Nilou Parnian Pooneh Roxana Setayesh Shahrzad Shima
Sogand Sorayya Yeganeh Azad Baran Bawan Botan Dilan Dilshad Diyar Hawar Hemin Hemn Hiwa Hogir Jiyan
Karwan Kawa Kovan Lawin Rebwar Rezan Rojhat Rojin Roj Ronahi Sardar Serwan Shwan Shirwan Soran Zana
Zanyar Zhiyar Aram Bahoz Bewar Darin Delal Dilovan Mazlum Peshraw Rawa Rizgar Sarhad Shvan Welat
Xebat Zirak Hawre Hevi Hevin Berivan Berfin Dilnaz Gulistan Gulan Helin Jwan Lana Lavin Nazdar
Nergiz Nishtiman Rojda Ronya Sazan Shilan Sozan Zozan Viyan Avin Aveen Awaz Chiman Kani Lawen Shler
Zhino Zhina Rozhin Rojan Evin Silan Dilara Delan Ako Alan Aras Arian Avan Bakhtiyar Bahman Barzan
Brusk Chiya Dara Dler Hardi Hemen Hoshyar Kamaran Karzan Kosrat Lawand Nawzad Nechirvan Omed
Pshtiwan Rawand Rekar Rebaz Sarkawt Shakhawan Shaho Sirwan Tawan Yad Zardasht Zerak Zhwan Zryan
Avesta Bafrin Chra Dashne Gashaw Hataw Heero Jinda Kazhal Lanja Media Nasik Paiman Payman Rezhna
Rozh Runak Sakar Shno Soma Tavga Trifa Vian Zhian Zhala Zhilwan Mehmet Ahmet Hüseyin İbrahim İsmail
Murat Ömer Ramazan Halil Süleyman Mahmut Recep Fatih Kadir Emre Burak Serkan Hakan Volkan Kemal Cem
Can Deniz Emir Eren Kerem Kaan Barış Baris Berk Cengiz Erkan Erdal Erol Ersin Fikret Gökhan Gokhan
İlker Ilker Kenan Levent Metin Mert Necati Okan Onur Orhan Ozan Özgür Ozgur Selim Sinan Taner Tarık
Tarik Tolga Tuncay Turgut Uğur Ugur Umut Yavuz Yiğit Yigit Alper Arda Batuhan Berkay Cihan Doğan
Dogan Efe Ege Enes Engin Erhan Ercan Furkan Gürkan İlhan Koray Mesut Muhammet Mücahit Nihat Oğuz
Oguz Rıza Sedat Semih Serdar Serhat Sercan Şahin Sahin Tayfun Timur Tuncer Ümit Umit Yakup Zeki
Ayhan Aydın Aydin Bülent Bulent Cevdet Ekrem Ertan Ferhat Halit Haydar Hayri İsa Lütfi Lutfi Nuri
Nurettin Rıdvan Ridvan Sadık Şükrü Tahsin Tevfik Vedat Yaşar Yasar Zekeriya Abdülkadir Abdurrahman
Adem Akif Alparslan Atakan Aykut Bayram Bekir Birol Caner Celal Cemal Cüneyt Davut Durmuş Emrah Emin
Enver Erdem Erkut Ersan Faruk Fehmi Ferit Gürsel Hakkı Hikmet Hilmi Hulusi İhsan Ihsan Kâmil Melih
Memet Mithat Muammer Musa Nazım Necdet Nedim Nevzat Oktay Orhun Rahmi Rasim Remzi Saffet Samet Seyit
Sezgin Tuğrul Ufuk Ünal Vahit Yalçın Zafer Ayşe Ayse Emine Hatice Zeynep Elif Merve Esra Özlem Ozlem
Yasemin Sibel Hülya Hulya Gül Gülsüm Hanife Havva Zehra Kübra Kubra Büşra Busra Tuba Ebru Derya
Dilek Eda Ece Ela Gamze Gizem Gonca Hande Hilal İrem Irem Kader Melek Melike Meltem Nurcan Nurten
Nazlı Nazli Pınar Pinar Seda Selin Sema Semra Serap Sevgi Sevim Şule Sule Songül Songul Tuğba Tugba
Tülay Tulay Yeliz Yeşim Yesim Zübeyde Aylin Aynur Ayten Beyza Burcu Canan Ceren Çiğdem Cigdem Damla
Duygu Ecem Ekin Emel Esin Feride Filiz Gülay Gulay Gülşen Gulsen Hacer Nermin Neslihan Nilay Nilüfer
Nuray Öznur Reyhan Saadet Selda Serpil Sevda Şenay Şeyma Seyma Sinem Tuana Yağmur Yagmur Yaren
Zerrin Asya Defne Duru Eylül Eylul Miray Nehir Ecrin Elanur Hiranur Medine Aslı Asli Aysel Aysun
Berna Betül Betul Çağla Dilber Esengül Fadime Gülizar Gülten Hava Ipek İpek Kevser Nurhan Nursel
Rukiye Sakine Semiha Şerife Şükran Tülin Ümmühan Yıldız Zeliha Zümrüt Admir Almir Alen Alija Amel
Anel Edin Edis Elvir Ermin Haris Mirza Mirsad Muhamed Nihad Sead Senad Vedad Zlatan Zijad Dino Damir
Dženan Dzenan Džemal Esad Ibro Ismet Jusuf Mehmed Nedžad Nedzad Refik Safet Sejad Zoran Dragan Goran
Miroslav Nenad Predrag Radovan Slobodan Srđan Srdjan Vladimir Dejan Dušan Dusan Aleksandar Bojan
Branko Darko Davor Dražen Drazen Ivica Josip Luka Marko Mario Mate Matej Mladen Petar Stjepan
Tomislav Zvonimir Željko Zeljko Boris Danijel Milorad Milos Miloš Nemanja Ognjen Rade Ratko Sasa
Saša Vladan Vuk Zdravko Zlatko Đorđe Djordje Jovan Lazar Mihajlo Mirko Nebojša Nebojsa Sinisa Siniša
Vojislav Zarko Žarko Amra Amela Aida Ajla Adna Belma Dženana Dzenana Edina Elma Emina Enisa Ena
Ermina Fata Hatidža Hatidza Ilma Irma Jasmina Lejla Lamija Merima Medina Mersiha Mirela Mirsada
Nermina Sabina Sanela Sena Senada Suada Zerina Zlata Ana Ankica Biljana Branka Danijela Dragana
Dubravka Gordana Ivana Jasna Jelena Ljiljana Marija Marina Milica Mirjana Natasa Nataša Nevena
Radmila Sanja Slavica Snežana Snezana Suzana Svetlana Tijana Vesna Višnja Visnja Zorica Zorana
Željka Zeljka Dijana Ivona Jovana Valentina Arben Arbnor Ardian Bekim Besim Blerim Burim Driton
Fatmir Fisnik Florim Gentian Ilir Kujtim Labinot Lulzim Mentor Naim Shkelzen Valon Visar Ylli Agron
Artan Dardan Leotrim Liridon Alban Besart Bujar Edon Erion Granit Kushtrim Albion Arta Arbnora
Blerta Donika Drita Fitore Flutura Liridona Mimoza Vlora Valbona Teuta Shqipe Albana Arjeta Besa
Blerina Elira Fjolla Jeta Vjosa Lirije Leonora Mirlinda Ermal Fatos Gezim Genc Kreshnik Lorik Dren
Altin Ardit Endrit Erjon Klodian Olsi Redon Xhevdet Sokol Shpend Qendrim Rinor Lindita Elona Erza
Rina Jehona Ardita Drenusha Anh Bao Binh Chau Chi Cuong Dung Duc Dat Duong Giang Ha Hai Hanh Hao
Hieu Hien Hoa Hoai Hoang Hong Hung Huong Huy Huyen Khanh Khoa Lam Lan Linh Loan Long Minh My Nam Nga
Ngoc Nguyet Nhung Nhi Phuc Phuong Quan Quang Quoc Quynh Son Tam Tan Thanh Thao Thi Thu Thuy Tien
Trang Trinh Trung Tuan Tung Tuyet Uyen Van Viet Vinh Vy Xuan Yen Dao Diep Hang Hau Hoan Kien Luan
Nhan Phat Phong Sang Tai Tho Thinh Toan Tri Truc Tu Thang Thuan Thien Nhu Ngan Oanh Sinh Tinh Dieu
Khang Khoi Loc Luong Nhat Quyen Sen Tuyen Xuyen Cam Chinh Dinh Hiep Hoang-Anh Kha Lien Mien Nghia
Nhu-Y Phu Tham Thoa Thom Truong Uy Vuong Somchai Somsak Sompong Somporn Somsri Sunee Suda Supaporn
Siriporn Sirirat Pornthip Porntip Prapai Malee Mali Nong Noi Nok Lek Pim Ploy Fon Fah Kanya Kannika
Kanokwan Kamala Kulap Lamai Lamduan Nattaya Natthaya Nipa Nittaya Pensri Praew Ratana Rattana
Saowanee Sawitree Siriwan Sukanya Sumalee Sunisa Suwanna Thida Tida Wanida Wanphen Wipa Yupa Yupin
Achara Anong Araya Boonma Boonmee Buppha Chantana Duangjai Jintana Jiraporn Kanchana Kulthida Lalita
Nuch Orawan Pakamas Patcharee Pranee Rujira Saifon Somjit Sunantha Tassanee Wassana Arthit Anan Chai
Chaiya Kittisak Niran Prasert Somkiat Surachai Sutham Thanakorn Thawatchai Wichai Wirat Narong Kasem
Apinya Benjamas Chalida Darunee Jaruwan Kanittha Kesinee Lamyai Nantana Nuanchan Oranuch Panida
Pimchanok Rungnapa Sasithorn Sirinya Suphansa Thanaporn Waraporn Wilai Rosario Rosalie Rosemarie
Marilou Marites Maricel Marivic Maricar Marilyn Lorna Lourdes Luz Ligaya Liza Jocelyn Joy Joyce
Jennifer Jonalyn Mylene Myrna Nenita Perla Precious Princess Rhea Rowena Shiela Sheila Analyn
Analiza Angelica Arlene Bernadette Carmela Carmelita Charmaine Cherry Divina Edna Evangeline Fe
Florence Gemma Glenda Grace Imelda Jasmine Jenalyn Jessa Jovelyn Leticia Lovely Lyka Marlyn Mercedes
Merlie Milagros Nelia Noemi Ofelia Pilar Remedios Rosita Teresita Thelma Virginia Winnie Emmanuel
Jerome Jun Reynaldo Romeo Ronaldo Rommel Rey Renato Ramon Rolando Ernesto Edgardo Danilo Florante
Arnel Bong Benjie Dante Efren Jojo Jomari Marvin Nestor Ramil Rodel Rogelio Ruel Wilfredo Bienvenido
Crisanto Honorio Mariano Armando Alfredo Jayson Jayvee Jhun Jericho Ronnel Maricris Marjorie
Mary-Ann Mary-Jane Rochelle Roselyn Ruby Sharon Cecilia Cristina Elvie Emelita Erlinda Estela
Flordeliza Gina Girlie Jennylyn Juvy Lilibeth Lorelie Lorelei Luzviminda Marisol Nida Norma Pacita
Rachelle Rizalina Rosalinda Rosemary Susana Zenaida Kumar Kumaran Murugan Ganesh Ganeshan Siva
Sivakumar Sivanesan Sivarajah Selvam Selvarajah Suresh Ramesh Rajesh Rajan Rajendran Ravi Raveendran
Sathish Senthil Thiru Thirumal Thevarajah Tharshan Tharsan Thushyanthan Vijay Vijayakumar Vinoth
Kajan Kajanan Kannan Karthik Krishna Logan Mathan Nirmalan Nimalan Pirathap Prasanth Pradeep Sanjeev
Sathees Sutharsan Suthan Thayalan Thevan Vasanthan Yogan Yogarajah Arun Aravinth Ajanthan Kirushanth
Sajeevan Lavan Mayuran Niroshan Piratheepan Janarthanan Jegan Jeyakumar Lakshmi Latha Malathi Meena
Nirmala Priya Radha Rani Saraswathi Sarojini Selvi Shanthi Sharmila Sumathi Thanuja Tharani Tharsika
Thivya Vasanthi Vijitha Vanitha Yamuna Jeyanthi Jegatha Kala Kavitha Kavya Keerthana Kalaivani
Mathumitha Nithya Pavithra Piriya Sangeetha Sathya Sinthuja Sivagami Sujatha Thulasi Usha Anusha
Abirami Ahalya Aruna Dharshika Gowri Harini Janani Kajani Kowsalya Mathura Nisha Poorani Ranjini
Sajitha Subha Thanusha Aarav Aditya Ajay Akash Amit Anand Anil Ankit Anuj Arjun Arvind Ashok Deepak
Dev Dinesh Gaurav Harish Hemant Jatin Karan Kunal Manish Manoj Mukesh Naveen Nikhil Nitin Pankaj
Prakash Pramod Pranav Rahul Raj Rajeev Rajiv Rakesh Rohan Rohit Sachin Sanjay Santosh Satish Shankar
Shashi Shiv Shyam Siddharth Sunil Suraj Sushil Tarun Uday Varun Vikas Vikram Vinay Vinod Vishal
Vivek Yash Abhishek Aniket Ashish Ayush Chetan Dhruv Gopal Hari Ishaan Kabir Krish Lalit Madhav
Mahesh Mohan Naresh Parth Piyush Prateek Rajat Ritesh Sagar Saurabh Shubham Sumit Tushar Vineet
Yogesh Aryan Advait Vihaan Reyansh Shaurya Atharv Anirudh Kartik Keshav Mohit Neeraj Prashant Sudhir
Umesh Venkat Venkatesh Srinivas Balaji Praveen Aarti Aishwarya Ananya Anjali Ankita Anu Anupama
Archana Bhavna Deepa Deepika Divya Gayatri Geeta Gita Isha Jyoti Kajal Kavita Komal Kriti Lata
Madhuri Manisha Meera Megha Neha Nikita Pooja Puja Poonam Preeti Priti Priyanka Radhika Rekha Renu
Ritu Riya Sakshi Sangeeta Sapna Seema Shalini Shilpa Shivani Shreya Shruti Sneha Sonal Sunita Swati
Tanvi Vandana Vidya Aditi Akanksha Anika Avni Diya Ira Kiara Myra Navya Saanvi Aadhya Ishita Khushi
Mansi Payal Rashmi Rupa Smita Sushma Varsha Bikash Bishnu Ram Sita Laxmi Suman Sujan Anish Dipesh
Bimala Sarita Pramila Rabindra Roshan Sabin Oleksandr Oleksandra Oleksii Oleksiy Olena Olha Oksana
Iryna Irina Tetiana Tetyana Tatiana Tatyana Nataliia Natalya Natasha Svitlana Yuliia Yulia Julija
Kateryna Ekaterina Yekaterina Katerina Anastasiia Anastasia Nastya Mariia Viktoriia Valentyna Halyna
Galina Liudmyla Ludmila Lyudmila Larysa Nadiia Nadezhda Daria Dariia Polina Sofiia Sofiya Yana Inna
Lesia Lesya Maryna Khrystyna Ksenia Kseniia Liliia Lilia Myroslava Mykola Nikolay Volodymyr Andrii
Andriy Andrey Andrei Serhii Sergey Sergei Serhiy Sergiy Dmytro Dmitry Dmitri Vasyl Vasily Petro
Pyotr Pavlo Pavel Yurii Yuriy Yuri Yury Mykhailo Mikhail Maksym Maxim Maksim Artem Artyom Bohdan
Taras Ruslan Vitalii Vitaliy Vitaly Vadym Vadim Yevhen Evgeny Yevgeny Ihor Oleh Oleg Anatolii
Anatoly Borys Denys Hryhorii Grigory Kostiantyn Leonid Stanislav Vladyslav Vladislav Yaroslav Stepan
Fedir Fyodor Illia Ilya Kyrylo Kirill Matvii Matvey Tymofii Timofey Danylo Daniil Arsenii Arseny
Rostyslav Sviatoslav Svyatoslav Zakhar Alexei Aleksei Alexey Dasha Masha Sasha Valerii Valery
Yevheniia Evgenia Zhanna Raisa Lidiia Vira Liubov Lyubov Zoia Ulyana Uliana Kira Milana Vasylyna
Solomiia Taisiia Varvara Alisa Alona Alyona Anzhelika Diana Emiliia Ivanna Karina Lilya Nelli Olesia
Olesya Roksolana Snizhana Stefaniia Valeriia Valeria Vladyslava Yaroslava Yelyzaveta Yelena Elena
Aleksandr Arkadiy Valentyn Vsevolod Yakiv Yevhenii Zinoviy Alexandru Cătălin Catalin Cristian
Constantin Dragoș Dragos Florin Gheorghe George Ion Ioan Ionuț Ionut Iulian Laurențiu Laurentiu
Liviu Lucian Marian Mihai Mircea Nicolae Ovidiu Petru Radu Răzvan Razvan Sorin Ștefan Tudor Valentin
Vasile Viorel Vlad Cosmin Costel Ciprian Eugen Ilie Sergiu Silviu Remus Horia Andreea Anca Carmen
Daniela Florentina Georgiana Ioana Iulia Larisa Loredana Luminița Luminita Madalina Mădălina Mariana
Mihaela Nicoleta Oana Raluca Ramona Bianca Corina Denisa Delia Lavinia Adina Camelia Claudia
Cătălina Catalina Doina Ileana Liliana Petronela Sorina Alin Alexandra Wei Li Ming Hua Jing Lei Lin
Yan Ying Fang Xin Xiao Yang Yu Yi Hui Mei Ling Qing Ping Jie Jian Bin Chen Cheng Dong Fei Feng Gang
Jia Liang Lu Ning Peng Qiang Qian Rui Shan Tao Tian Ting Wen Xia Xue Yao Yun Zhen Zhi Zhong Chao
Chun Fan Guang Heng Huan Jiang Jin Juan Kang Kun Le Lian Min Nan Qi Rong Ru Shu Song Wan Xi Xiang Xu
Yong You Yuan Yue Ze Zi Xiuying Xiaoming Xiaohong Xiaoyan Xiaoli Xiaoling Xiaomei Jianhua Jianguo
Guoqiang Haiyan Hongmei Huiying Jinhua Lijuan Lili Limei Liping Meiling Weiwei Yanping Yuhan Yuxuan
Zihan Zhiwei Zhihao Haoran Yichen Junjie Yifan Jiahao Xinyi Yuting Jiaqi Mengmei Shuang Wing Kit
Kwok Wai Siu Yee Ji-woo Jiwoo Min-jun Minjun Seo-yeon Seoyeon Ji-hoon Jihoon Hyun Hyun-woo Jae
Jae-won Sung Soo-jin Soojin Eun-ji Yuna Hiroshi Takashi Kenji Yuki Yuko Keiko Akiko Haruto Sakura
Aiko Kenta José Jose Luis Carlos Jorge Miguel Pedro Pablo Diego Javier Alejandro Andrés Antonio
Manuel Francisco Fernando Ricardo Roberto Rafael Raúl Raul Sergio Eduardo Enrique Gonzalo Ignacio
Jaime Joaquín Joaquin Martín Mateo Matías Nicolás Nicolas Santiago Sebastián Tomás Víctor Álvaro
Alvaro Adrián Alberto Alfonso Ángel Arturo César Cesar Emilio Esteban Felipe Guillermo Gustavo
Héctor Hector Iván Julio Leonardo Marcos Mauricio Óscar Patricio Ramiro Rodrigo Rubén Salvador Tiago
João Joao Paulo Gonçalo Nuno Vitor Bruno Thiago Leandro Caio Murilo Alejandra Alicia Beatriz Camila
Carla Consuelo Dolores Esperanza Fernanda Florencia Francisca Gloria Guadalupe Inés Jimena Juana
Juliana Lorena Lucía Luciana Manuela María Mónica Paola Patricia Raquel Rocío Rocio Sofía Verónica
Ximena Yolanda Agustina Luana Larissa Bruna Thais Vitória Letícia Aline Priscila Giuseppe Giovanni
Francesco Marco Luca Alessandro Matteo Lorenzo Davide Stefano Paolo Federico Riccardo Giulia
Francesca Chiara Alessia Giorgia Elisa Federica Roberta Jean Pierre Michel Philippe Alain François
Francois Luc Olivier Julien Antoine Louis Mathieu Thibault Guillaume Céline Camille Chloé Chloe Léa
Manon Juliette Amélie Amelie Jürgen Jurgen Wolfgang Dieter Uwe Helmut Günter Gunter Manfred Horst
Rainer Maximilian Moritz Florian Christoph Jörg Joerg Torsten Heike Sabine Ute Ursula Gabriele
Frieda Pieter Joost Bram Daan Sem Thijs Sanne Femke Anouk Fleur Jeroen Wouter Bas Niels Maarten
Björn Olof Bengt Göran Håkan Åke Jörgen Mattias Ebba Birgitta Margareta Kerstin Gunilla
Ann-Charlotte Jette Dorte Søren Poul Henning Ib Sigríður Guðrún Sigurður Guðmundur Ólafur Kristján
Helgi Björg Jóhann Jónas Þór Þórunn Hrafn Ragnheiður Sigrún Halldóra Elín Ásta Katrín Birna Kolbrún
Sólveig Arnar Bjarki Gísli Hörður Ingólfur Páll Stefán Tómas Valur Maja-Lisa Pernilla Josefin Vilgot
Melker Hampus Ludde Anna-Karin Eva-Lena Lars-Göran Per-Olof Jan-Åke James David Joseph Charles
Matthew Anthony Mark Donald Steven Stephen Andrew Joshua Edward Ronald Timothy Jason Jeffrey Ryan
Gary Nicholas Larry Justin Scott Brandon Gregory Raymond Jerry Tyler Henry Nathan Douglas Zachary
Kyle Ethan Jeremy Harold Keith Gerald Terry Sean Shaun Shawn Austin Lawrence Jesse Dylan Bryan Joe
Jordan Billy Bruce Willie Allan Allen Wayne Ralph Eugene Vincent Russell Elijah Bobby Phillip
Charlie Archie Alfie Freddie Isaac Finley Harrison Lewis Max Mason Riley Toby Dexter Louie Jake Luke
Callum Connor Kieran Owen Rhys Reece Jamie Jayden Caleb Hunter Carter Wyatt Grayson Jackson Aiden
Lincoln Hudson Ezra Asher Miles Landon Colton Easton Brody Cole Chase Dean Blake Bradley Brad Craig
Darren Derek Dustin Gavin Grant Ian Jared Jeff Jim Jimmy Lance Lee Mike Neil Neal Nick Norman Phil
Rick Ricky Rob Rod Ron Ross Sam Seth Shane Stanley Stuart Stewart Ted Terrence Tim Todd Tony Travis
Trevor Troy Wade Warren Wesley Will Zack Declan Rory Ronan Cian Conor Aidan Brendan Desmond Fergus
Niall Seamus Sinead Siobhan Aoife Ciara Niamh Saoirse Orla Mary Elizabeth Susan Jessica Nancy Betty
Ashley Kimberly Donna Michelle Carol Dorothy Deborah Stephanie Cynthia Kathleen Amy Angela Shirley
Brenda Pamela Nicole Samantha Katherine Catherine Debra Rachel Carolyn Janet Heather Diane Kelly
Lauren Joan Judith Megan Cheryl Jacqueline Frances Kathryn Janice Alice Madison Doris Abigail Judy
Denise Amber Beverly Danielle Theresa Brittany Alexis Kayla Harper Zoe Zoey Hazel Aubrey Ellie
Scarlett Penelope Violet Savannah Audrey Brooklyn Bella Claire Skylar Lucy Paisley Everly Nova
Kennedy Willow Kinsley Naomi Aaliyah Allison Gabriella Madelyn Cora Serenity Autumn Adeline Hailey
Gianna Isla Eliana Quinn Ivy Sadie Piper Lydia Alexa Emery Arianna Kaylee Brielle Madeline Poppy
Daisy Evie Phoebe Holly Jade Bethany Chelsea Courtney Kirsty Leanne Nicola Stacey Tracey Tracy Vicky
Wendy Kylie Jane Joanne Kate Katie Kay Lynn Lynne Melanie Sally Sue Susie Toni Tammy Valerie Vanessa
Whitney Bonnie Carrie Connie Debbie Dawn Faye Gail Hope Jill June Lorraine Mabel Maggie Meg Nell
Nellie Olive Pearl Peggy Polly Shelley Tess Tessa Trudy Winifred Rose Iris Abby Alison Charlotte
Sienna Harriet Imogen Jessie Lola Mollie Elsie Matilda Esme Maisie Rosie Erin
Gro Sol Lotta Snefrid Gyri Frid
`;
