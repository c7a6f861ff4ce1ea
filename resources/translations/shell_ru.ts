<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AdministratorHome</name>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="91"/>
        <source>You are signed in as an administrator: you manage the ward&apos;s accounts. Patient records are open to nurses, physicians and pharmacists only.</source>
        <translation>Вы вошли как администратор: вы управляете учётными записями отделения. Медицинские записи пациентов доступны только медсёстрам, врачам и фармацевтам.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="93"/>
        <source>Manage &amp;users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/users.py" line="32"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/users.py" line="41"/>
        <source>Password again: the two passwords are not the same</source>
        <translation>Пароль ещё раз: пароли не совпадают</translation>
    </message>
    <message>
        <location filename="../../ui/create_user.ui" line="6"/>
        <source>Create a user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/create_user.ui" line="17"/>
        <source>&amp;User name *</source>
        <translation>&amp;Имя пользователя *</translation>
    </message>
    <message>
        <location filename="../../ui/create_user.ui" line="34"/>
        <source>&amp;Full name *</source>
        <translation>&amp;ФИО *</translation>
    </message>
    <message>
        <location filename="../../ui/create_user.ui" line="47"/>
        <source>&amp;Role *</source>
        <translation>&amp;Роль *</translation>
    </message>
    <message>
        <location filename="../../ui/create_user.ui" line="60"/>
        <source>&amp;Password *</source>
        <translation>&amp;Пароль *</translation>
    </message>
    <message>
        <location filename="../../ui/create_user.ui" line="77"/>
        <source>Password &amp;again *</source>
        <translation>Пароль ещё &amp;раз *</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <location filename="../../blinadesk/gui/widgets/idle_lock.py" line="80"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
</context>
<context>
    <name>DataExchangeDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="355"/>
        <source>Export and import</source>
        <translation>Экспорт и импорт</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="356"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="357"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="359"/>
        <source>blinadesk JSON (can be imported again)</source>
        <translation>blinadesk JSON (можно импортировать снова)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="360"/>
        <source>CSV tables for a spreadsheet (into a folder)</source>
        <translation>Таблицы CSV для электронной таблицы (в папку)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="361"/>
        <source>HL7 FHIR R4 Bundle (JSON)</source>
        <translation>Пакет HL7 FHIR R4 (JSON)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="362"/>
        <source>REDCap data dictionary and records (into a folder)</source>
        <translation>Словарь данных и записи REDCap (в папку)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="363"/>
        <source>CDISC SDTM-shaped CSV domains (into a folder)</source>
        <translation>Домены CSV в форме CDISC SDTM (в папку)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="364"/>
        <source>Patients and courses from a blinadesk JSON export</source>
        <translation>Пациенты и курсы из экспорта blinadesk JSON</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="365"/>
        <source>Patient list from a CSV file (registration only)</source>
        <translation>Список пациентов из файла CSV (только регистрация)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="369"/>
        <source>Only patient &amp;MRN:</source>
        <translation>Только пациент с &amp;MRN:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="370"/>
        <source>empty: every patient</source>
        <translation>пусто: все пациенты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="371"/>
        <source>&amp;Check only (dry run): write nothing</source>
        <translation>&amp;Только проверить (пробный запуск): ничего не записывать</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="372"/>
        <source>&amp;Replace files that already exist</source>
        <translation>&amp;Заменять уже существующие файлы</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="373"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="374"/>
        <source>&amp;Enrolment log:</source>
        <translation>&amp;Журнал включения:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="375"/>
        <source>the trial&apos;s CSV file: mrn,subject_id</source>
        <translation>CSV-файл исследования: mrn,subject_id</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="376"/>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="378"/>
        <source>Trial files name each patient by the study&apos;s subject id from this log, never by the MRN; a patient missing from the log stops the export.</source>
        <translation>В файлах исследования пациент указан номером участника из этого журнала, а не номером карты; если пациента нет в журнале, выгрузка не выполняется.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="380"/>
        <source>&amp;Run</source>
        <translation>&amp;Выполнить</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="386"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="388"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="401"/>
        <source>Export to file</source>
        <translation>Экспорт в файл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="402"/>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="409"/>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="406"/>
        <source>Export into folder</source>
        <translation>Экспорт в папку</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="408"/>
        <source>Import file</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="411"/>
        <source>Patient list</source>
        <translation>Список пациентов</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="412"/>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="418"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Файлы CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="417"/>
        <source>Enrolment log</source>
        <translation>Журнал включения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="433"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="469"/>
        <source>All {patients} patients ({measurements} measurements) in {file} are correct; nothing was written (check only).</source>
        <translation>Все пациенты в {file} ({patients}, измерений: {measurements}) указаны верно; ничего не записано (только проверка).</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="472"/>
        <source>Registered {patients} patients ({measurements} measurements) from {file}.</source>
        <translation>Зарегистрировано пациентов: {patients} (измерений: {measurements}) из {file}.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="475"/>
        <source>Imported {patients} patients ({entries} entries) from {file}.</source>
        <translation>Импортировано пациентов: {patients} (записей: {entries}) из {file}.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="478"/>
        <source>Wrote {file}: {patients} patients ({counts}).</source>
        <translation>Записан {file}: пациентов — {patients} ({counts}).</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="480"/>
        <source>Wrote {count} files into {folder}: {patients} patients. Rows per file:</source>
        <translation>Записано файлов в {folder}: {count}; пациентов — {patients}. Строк в каждом файле:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="489"/>
        <source>The file was refused: {count} problem(s), listed below. Nothing was imported.</source>
        <translation>Файл отклонён: проблем — {count}, они перечислены ниже. Ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="495"/>
        <source>Not written: these files already exist. Tick “Replace files that already exist” or choose another place.</source>
        <translation>Не записано: эти файлы уже существуют. Отметьте «Заменять уже существующие файлы» или выберите другое место.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="500"/>
        <source>{path} is a file; this export writes several files into a folder.</source>
        <translation>{path} — это файл; этот экспорт записывает несколько файлов в папку.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="503"/>
        <source>No patient with MRN {mrn} in the record; nothing was written.</source>
        <translation>В записи нет пациента с MRN {mrn}; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/data_exchange.py" line="506"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удалось записать {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../blinadesk/gui/widgets/date_fields.py" line="173"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/date_fields.py" line="174"/>
        <source>Day, month and year: 15.03.2019 or 15032019</source>
        <translation>День, месяц и год: 15.03.2019 или 15032019</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/date_fields.py" line="175"/>
        <location filename="../../blinadesk/gui/widgets/date_fields.py" line="252"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Выбрать в календаре (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../blinadesk/gui/widgets/date_fields.py" line="249"/>
        <source>dd.mm.yyyy hh:mm</source>
        <translation>дд.мм.гггг чч:мм</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/date_fields.py" line="250"/>
        <source>Day, month, year and time: 15.03.2019 14:30 or 15032019 1430; 14:30 alone is today</source>
        <translation>День, месяц, год и время: 15.03.2019 14:30 или 15032019 1430; просто 14:30 — сегодня</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/first_admin.py" line="25"/>
        <source>Create administrator</source>
        <translation>Создать администратора</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/first_admin.py" line="35"/>
        <source>Password again: the two passwords are not the same</source>
        <translation>Пароль ещё раз: пароли не совпадают</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="6"/>
        <source>Create the first administrator</source>
        <translation>Создание первого администратора</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="12"/>
        <source>This record has no users yet. Create the administrator account: it creates the accounts of the nurses, physicians and pharmacists, and does not see patient data itself.</source>
        <translation>В этой базе ещё нет пользователей. Создайте учётную запись администратора: он создаёт учётные записи медсестёр, врачей и фармацевтов и сам не видит данных пациентов.</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="27"/>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="40"/>
        <source>&amp;Full name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="53"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/first_admin.ui" line="70"/>
        <source>Password &amp;again</source>
        <translation>Пароль ещё &amp;раз</translation>
    </message>
</context>
<context>
    <name>LabelGuidance</name>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1484"/>
        <source>Consider discontinuing permanently.</source>
        <translation>Рассмотреть окончательную отмену препарата.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1485"/>
        <source>Discontinue permanently.</source>
        <translation>Отменить препарат окончательно.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1486"/>
        <source>Discontinue permanently. Dexamethasone as for grade 3.</source>
        <translation>Отменить препарат окончательно. Дексаметазон — как при степени 3.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1487"/>
        <source>Discontinue permanently: more than one seizure.</source>
        <translation>Отменить препарат окончательно: более одного судорожного приступа.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1488"/>
        <source>Interrupt for prolonged neutropenia.</source>
        <translation>Прервать инфузию при длительной нейтропении.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1489"/>
        <source>Interrupt: transaminases above 5 x ULN or bilirubin above 3 x ULN.</source>
        <translation>Прервать инфузию: трансаминазы выше 5 × ВГН или билирубин выше 3 × ВГН.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1490"/>
        <source>Not covered: this edition has no dosing below 45 kg.</source>
        <translation>Не предусмотрено: в этой редакции нет дозирования при массе тела менее 45 кг.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1491"/>
        <source>Interrupt. Dexamethasone 8 mg every 8 h IV or PO for up to 3 days, then taper over 4 days. Once CRS has resolved, restart at 9 mcg/day and escalate to 28 mcg/day after 7 days if it does not recur.</source>
        <translation>Прервать инфузию. Дексаметазон 8 мг каждые 8 ч в/в или внутрь до 3 дней, затем постепенно снизить дозу в течение 4 дней. После разрешения CRS возобновить с 9 мкг/сут и через 7 дней повысить до 28 мкг/сут, если CRS не повторится.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1496"/>
        <source>Interrupt. Dexamethasone 5 mg/m2 (max 8 mg) every 8 h for up to 3 days, then taper over 4 days. Once CRS has resolved, restart at 5 mcg/m2/day and escalate to 15 mcg/m2/day after 7 days if it does not recur.</source>
        <translation>Прервать инфузию. Дексаметазон 5 мг/м² (не более 8 мг) каждые 8 ч до 3 дней, затем постепенно снизить дозу в течение 4 дней. После разрешения CRS возобновить с 5 мкг/м²/сут и через 7 дней повысить до 15 мкг/м²/сут, если CRS не повторится.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1501"/>
        <source>Interrupt until resolved, then restart at 9 mcg/day; escalate to 28 mcg/day after 7 days if it does not recur.</source>
        <translation>Прервать инфузию до разрешения, затем возобновить с 9 мкг/сут; через 7 дней повысить до 28 мкг/сут, если явление не повторится.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1506"/>
        <source>Withhold until grade 1 or less (at least 3 days), then restart at 9 mcg/day; escalate to 28 mcg/day after 7 days. Discontinue if it takes more than 14 days to resolve.</source>
        <translation>Приостановить введение до степени 1 или ниже (не менее 3 дней), затем возобновить с 9 мкг/сут; через 7 дней повысить до 28 мкг/сут. Отменить препарат, если явление разрешается дольше 14 дней.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1511"/>
        <source>Withhold until grade 1 or less (at least 3 days), then restart at 5 mcg/m2/day; escalate to 15 mcg/m2/day after 7 days. Discontinue if it takes more than 14 days to resolve.</source>
        <translation>Приостановить введение до степени 1 или ниже (не менее 3 дней), затем возобновить с 5 мкг/м²/сут; через 7 дней повысить до 15 мкг/м²/сут. Отменить препарат, если явление разрешается дольше 14 дней.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1516"/>
        <source>Withhold until grade 1 or less for at least 3 days, then restart at 9 mcg/day; escalate to 28 mcg/day after 7 days if it does not recur. Discontinue if the event happened at 9 mcg/day or took more than 7 days to resolve.</source>
        <translation>Приостановить введение, пока степень не будет 1 или ниже не менее 3 дней, затем возобновить с 9 мкг/сут; через 7 дней повысить до 28 мкг/сут, если явление не повторится. Отменить препарат, если явление возникло на дозе 9 мкг/сут или разрешалось дольше 7 дней.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1522"/>
        <source>Withhold until grade 1 or less for at least 3 days, then restart at 5 mcg/m2/day; escalate to 15 mcg/m2/day after 7 days if it does not recur. Discontinue if the event happened at the lower dose or took more than 7 days to resolve.</source>
        <translation>Приостановить введение, пока степень не будет 1 или ниже не менее 3 дней, затем возобновить с 5 мкг/м²/сут; через 7 дней повысить до 15 мкг/м²/сут, если явление не повторится. Отменить препарат, если явление возникло на сниженной дозе или разрешалось дольше 7 дней.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1528"/>
        <source>Withhold until grade 1 or less for at least 3 days, then restart at 9 mcg/day; escalate to 28 mcg/day after 7 days if it does not recur. Discontinue if it happened at 9 mcg/day, took more than 7 days to resolve, or recurs.</source>
        <translation>Приостановить введение, пока степень не будет 1 или ниже не менее 3 дней, затем возобновить с 9 мкг/сут; через 7 дней повысить до 28 мкг/сут, если явление не повторится. Отменить препарат, если явление возникло на дозе 9 мкг/сут, разрешалось дольше 7 дней или повторилось.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1534"/>
        <source>Withhold; restart at 9 mcg/day once grade 1 or less, escalate to 28 mcg/day after 7 days.</source>
        <translation>Приостановить введение; возобновить с 9 мкг/сут, когда степень станет 1 или ниже, через 7 дней повысить до 28 мкг/сут.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1538"/>
        <source>Withhold; restart at 5 mcg/m2/day once grade 1 or less, escalate to 15 mcg/m2/day after 7 days.</source>
        <translation>Приостановить введение; возобновить с 5 мкг/м²/сут, когда степень станет 1 или ниже, через 7 дней повысить до 15 мкг/м²/сут.</translation>
    </message>
</context>
<context>
    <name>LabelIndications</name>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1557"/>
        <source>Relapsed or refractory CD19-positive B-cell precursor ALL (adults and children)</source>
        <translation>Рецидивирующий или рефрактерный CD19-положительный ОЛЛ из B-клеток-предшественников (взрослые и дети)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1559"/>
        <source>Philadelphia chromosome-negative relapsed or refractory B-cell precursor ALL, patients of 45 kg or more</source>
        <translation>Рецидивирующий или рефрактерный ОЛЛ из B-клеток-предшественников без филадельфийской хромосомы, пациенты весом 45 кг и более</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1562"/>
        <source>MRD-positive (MRD &gt;= 0.1 %) B-cell precursor ALL in first or second complete remission</source>
        <translation>MRD-положительный (MRD ≥ 0,1 %) ОЛЛ из B-клеток-предшественников в первой или второй полной ремиссии</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1564"/>
        <source>Ph-negative CD19-positive B-cell precursor ALL in the consolidation phase of multiphase chemotherapy (adults and children from 1 month)</source>
        <translation>Ph-негативный CD19-положительный ОЛЛ из B-клеток-предшественников в фазе консолидации многофазной химиотерапии (взрослые и дети с 1 месяца)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1567"/>
        <source>Children with high-risk first relapse of Ph-negative CD19-positive B-cell precursor ALL: one consolidation cycle after induction and 2 blocks of consolidation chemotherapy</source>
        <translation>Дети с первым рецидивом высокого риска Ph-негативного CD19-положительного ОЛЛ из B-клеток-предшественников: один цикл консолидации после индукции и 2 блоков консолидирующей химиотерапии</translation>
    </message>
</context>
<context>
    <name>LabelTexts</name>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="241"/>
        <source>Never flush the infusion line, at bag changes or at the end of the infusion: flushing gives an overdose.</source>
        <translation>Никогда не промывайте инфузионную линию — ни при смене пакета, ни в конце инфузии: промывание приводит к передозировке.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="245"/>
        <source>Constant rate on a programmable, lockable, non-elastomeric pump with an alarm; 0.2 micrometre low-protein-binding in-line filter.</source>
        <translation>Постоянная скорость на программируемой, блокируемой, неэластомерной помпе с сигнализацией; встроенный фильтр 0,2 мкм с низким связыванием белка.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="247"/>
        <source>preservative-free 0.9 % sodium chloride</source>
        <translation>0,9 % натрия хлорид без консерванта</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="249"/>
        <source>contains preservative (benzyl alcohol)</source>
        <translation>содержит консервант (бензиловый спирт)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="251"/>
        <source>bacteriostatic 0.9 % sodium chloride with benzyl alcohol</source>
        <translation>бактериостатический 0,9 % натрия хлорид с бензиловым спиртом</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../blinadesk/gui/widgets/idle_lock.py" line="119"/>
        <source>Signed in: {name} ({role}). Type your password to go on, or sign out so that someone else can sign in.</source>
        <translation>Вход выполнен: {name} ({role}). Введите пароль, чтобы продолжить, или выйдите, чтобы мог войти другой сотрудник.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="6"/>
        <source>Screen locked</source>
        <translation>Экран заблокирован</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="12"/>
        <source>The screen is locked</source>
        <translation>Экран заблокирован</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="34"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="70"/>
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.ui" line="77"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="260"/>
        <source>blinadesk — ward record</source>
        <translation>blinadesk — журнал отделения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="261"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="262"/>
        <source>&amp;Ward</source>
        <translation>&amp;Отделение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="263"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="264"/>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="265"/>
        <source>&amp;Patients</source>
        <translation>&amp;Пациенты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="266"/>
        <source>&amp;Cohort</source>
        <translation>&amp;Когорта</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="267"/>
        <source>&amp;Find patient</source>
        <translation>&amp;Найти пациента</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="268"/>
        <source>&amp;Register patient…</source>
        <translation>&amp;Зарегистрировать пациента…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="269"/>
        <source>Manage &amp;users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="272"/>
        <source>Switch to &amp;Russian</source>
        <translation>Переключить на &amp;русский</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="274"/>
        <source>Switch to &amp;English</source>
        <translation>Переключить на &amp;английский</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="275"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="276"/>
        <source>&amp;Export and import…</source>
        <translation>&amp;Экспорт и импорт…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="277"/>
        <source>&amp;Lock screen</source>
        <translation>&amp;Заблокировать экран</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="278"/>
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="279"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход из программы</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="280"/>
        <source>&amp;Close chart</source>
        <translation>&amp;Закрыть карту</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="281"/>
        <source>&amp;About blinadesk</source>
        <translation>&amp;О программе blinadesk</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="283"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="285"/>
        <source>Patients</source>
        <translation>Пациенты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="287"/>
        <source>Cohort</source>
        <translation>Когорта</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="291"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="292"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="295"/>
        <source>Signed in: {name} ({role})</source>
        <translation>Пользователь: {name} ({role})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="297"/>
        <source>Record: {location}</source>
        <translation>База: {location}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="298"/>
        <source>DEMO — fictitious patients</source>
        <translation>ДЕМО — вымышленные пациенты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="365"/>
        <source>Review: {patient}</source>
        <translation>Обзор: {patient}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="416"/>
        <source>&lt;h3&gt;blinadesk {version}&lt;/h3&gt;&lt;p&gt;Blinatumomab treatment tracking for B-ALL wards. It follows the label edition each course was planned under; it does not replace the label or clinical judgement.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;blinadesk {version}&lt;/h3&gt;&lt;p&gt;Учёт терапии блинатумомабом в отделениях, где лечат В-ОЛЛ. Программа следует редакции инструкции, по которой спланирован каждый курс; она не заменяет инструкцию и клиническое суждение.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="419"/>
        <source>Label editions loaded:</source>
        <translation>Загруженные редакции инструкции:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/main_window.py" line="423"/>
        <source>About blinadesk</source>
        <translation>О программе blinadesk</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/measurement.py" line="36"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/measurement.py" line="61"/>
        <source>Saved, with warnings:</source>
        <translation>Сохранено, но есть предупреждения:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/measurement.py" line="65"/>
        <source>I have read this — close</source>
        <translation>Прочитано — закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/measurement.ui" line="6"/>
        <source>Record weight and height</source>
        <translation>Вес и рост</translation>
    </message>
    <message>
        <location filename="../../ui/measurement.ui" line="24"/>
        <source>Measured &amp;on *</source>
        <translation>Дата &amp;измерения *</translation>
    </message>
    <message>
        <location filename="../../ui/measurement.ui" line="37"/>
        <source>&amp;Weight, kg *</source>
        <translation>&amp;Вес, кг *</translation>
    </message>
    <message>
        <location filename="../../ui/measurement.ui" line="50"/>
        <source>&amp;Height, cm</source>
        <translation>&amp;Рост, см</translation>
    </message>
    <message>
        <location filename="../../ui/measurement.ui" line="65"/>
        <source>Leave the height empty if it was not measured today: the latest height is used.</source>
        <translation>Оставьте рост пустым, если сегодня его не измеряли: будет использован последний измеренный рост.</translation>
    </message>
</context>
<context>
    <name>PatientsModel</name>
    <message>
        <location filename="../../blinadesk/gui/models/patients_model.py" line="70"/>
        <source>MRN</source>
        <translation>№ карты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/patients_model.py" line="70"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/patients_model.py" line="70"/>
        <source>Birth date (age)</source>
        <translation>Дата рождения (возраст)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/patients_model.py" line="70"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/patients_model.py" line="71"/>
        <source>Ph</source>
        <translation>Ph</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/patients_model.py" line="71"/>
        <source>CD19</source>
        <translation>CD19</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/patients_model.py" line="88"/>
        <source>{date} ({age} y)</source>
        <translation>{date} ({age} л.)</translation>
    </message>
</context>
<context>
    <name>PatientsScreen</name>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="148"/>
        <source>&amp;Find:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="149"/>
        <source>MRN or name (family, given), e.g. “Иванов” or “BD-0”</source>
        <translation>№ карты или ФИО (фамилия, имя), например «Иванов» или «BD-0»</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="150"/>
        <source>All patients</source>
        <translation>Все пациенты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="151"/>
        <source>On treatment now</source>
        <translation>Сейчас на терапии</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="152"/>
        <source>&amp;Register patient…</source>
        <translation>&amp;Зарегистрировать пациента…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="153"/>
        <source>Record &amp;weight and height…</source>
        <translation>&amp;Вес и рост…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="154"/>
        <location filename="../../blinadesk/gui/windows/patients.py" line="265"/>
        <source>&amp;Open chart</source>
        <translation>&amp;Открыть карту</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="211"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="240"/>
        <source>No patient found.</source>
        <translation>Пациенты не найдены.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="242"/>
        <source>First {count} patients shown; scroll for more.</source>
        <translation>Показаны первые {count}; прокрутите, чтобы увидеть остальных.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="244"/>
        <source>{count} patients</source>
        <translation>Пациентов: {count}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/patients.py" line="267"/>
        <source>&amp;Review course…</source>
        <translation>&amp;Обзор курса…</translation>
    </message>
</context>
<context>
    <name>Premedication</name>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="217"/>
        <source>dexamethasone</source>
        <translation>дексаметазон</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="218"/>
        <source>prednisone</source>
        <translation>преднизон</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="219"/>
        <source>IV</source>
        <translation>в/в</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="220"/>
        <source>IV or PO</source>
        <translation>в/в или внутрь</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="221"/>
        <source>PO or IV</source>
        <translation>внутрь или в/в</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="222"/>
        <source>1 hour before</source>
        <translation>за 1 ч до введения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="223"/>
        <source>6 to 12 hours before the start of cycle 1</source>
        <translation>за 6–12 ч до начала цикла 1</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="225"/>
        <source>before the dose</source>
        <translation>перед введением дозы</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="226"/>
        <source>within 1 hour before</source>
        <translation>в течение 1 ч до введения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="227"/>
        <source>within 30 minutes before the dose</source>
        <translation>в течение 30 мин до введения дозы</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="228"/>
        <source>first of the two dexamethasone doses before cycle 1 day 1</source>
        <translation>первая из двух доз дексаметазона перед 1-м днём цикла 1</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="230"/>
        <source>or equivalent, e.g. dexamethasone 16 mg</source>
        <translation>или эквивалент, например дексаметазон 16 мг</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="278"/>
        <source>{drug} {dose} mg {route}, {timing}</source>
        <translation>{drug} {dose} мг {route}, {timing}</translation>
    </message>
</context>
<context>
    <name>RegisterPatientDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/register_patient.py" line="34"/>
        <source>— not recorded —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/register_patient.py" line="45"/>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="6"/>
        <source>Register a patient</source>
        <translation>Регистрация пациента</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="12"/>
        <source>Fields marked * are required. The MRN is the hospital&apos;s medical record number.</source>
        <translation>Поля со звёздочкой * обязательны. № карты — номер медицинской карты в больнице.</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="27"/>
        <source>&amp;MRN *</source>
        <translation>№ &amp;карты *</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="44"/>
        <source>&amp;Family name *</source>
        <translation>&amp;Фамилия *</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="57"/>
        <source>&amp;Given name(s) *</source>
        <translation>&amp;Имя (и отчество) *</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="70"/>
        <source>&amp;Birth date *</source>
        <translation>Дата &amp;рождения *</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="83"/>
        <source>&amp;Sex</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="96"/>
        <source>P&amp;h status</source>
        <translation>P&amp;h-статус</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="109"/>
        <source>&amp;CD19 status</source>
        <translation>&amp;CD19-статус</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="122"/>
        <source>Prior &amp;HSCT</source>
        <translation>&amp;ТГСК в анамнезе</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="132"/>
        <source>Had a stem cell transplant before</source>
        <translation>Ранее была трансплантация гемопоэтических стволовых клеток</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="139"/>
        <source>Marrow blasts at start, &amp;%</source>
        <translation>&amp;Бласты в костном мозге до начала, %</translation>
    </message>
    <message>
        <location filename="../../ui/register_patient.ui" line="152"/>
        <source>Diagnosis &amp;notes</source>
        <translation>&amp;Примечания к диагнозу</translation>
    </message>
</context>
<context>
    <name>ServiceActions</name>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="157"/>
        <source>view the clinical record</source>
        <translation>просматривать медицинскую карту</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="158"/>
        <source>register a patient</source>
        <translation>регистрировать пациента</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="159"/>
        <source>record weight and height</source>
        <translation>вносить вес и рост</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="160"/>
        <source>plan a treatment course</source>
        <translation>планировать курс лечения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="161"/>
        <source>start a cycle</source>
        <translation>начинать цикл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="162"/>
        <source>end a cycle</source>
        <translation>завершать цикл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="163"/>
        <source>record an interruption of the infusion</source>
        <translation>вносить перерыв инфузии</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="166"/>
        <source>record the restart of the infusion</source>
        <translation>вносить возобновление инфузии</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="167"/>
        <source>record an infusion bag</source>
        <translation>вносить инфузионный пакет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="168"/>
        <source>record premedication given</source>
        <translation>вносить проведённую премедикацию</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="169"/>
        <source>record an observation</source>
        <translation>вносить наблюдение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="170"/>
        <source>record an adverse event</source>
        <translation>вносить нежелательное явление</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="171"/>
        <source>record a dose decision</source>
        <translation>вносить решение о дозе</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="172"/>
        <source>record a marrow result</source>
        <translation>вносить результат исследования костного мозга</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="173"/>
        <source>record a transplant</source>
        <translation>вносить трансплантацию</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="174"/>
        <source>record an outcome</source>
        <translation>вносить исход</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="175"/>
        <source>verify doses</source>
        <translation>проверять дозы</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="176"/>
        <source>manage users</source>
        <translation>управлять пользователями</translation>
    </message>
</context>
<context>
    <name>ServiceFields</name>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="35"/>
        <source>ANC</source>
        <translation>АЧН</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="36"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="37"/>
        <source>Action taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="38"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="39"/>
        <source>Assessment tool</source>
        <translation>Шкала оценки</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="40"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="41"/>
        <source>CAPD answers</source>
        <translation>Ответы CAPD</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="42"/>
        <source>CAPD score</source>
        <translation>Балл CAPD</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="43"/>
        <source>CD19 status</source>
        <translation>Статус CD19</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="44"/>
        <source>CTCAE version</source>
        <translation>Версия CTCAE</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="45"/>
        <source>Cerebral oedema</source>
        <translation>Отёк мозга</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="46"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="47"/>
        <source>Consciousness</source>
        <translation>Сознание</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="48"/>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="49"/>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="50"/>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="51"/>
        <source>Cycle day</source>
        <translation>День цикла</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="52"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="53"/>
        <source>Decided at</source>
        <translation>Время решения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="54"/>
        <source>Diagnosis notes</source>
        <translation>Примечания к диагнозу</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="55"/>
        <source>Diastolic pressure</source>
        <translation>Диастолическое давление</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="56"/>
        <source>Donor type</source>
        <translation>Тип донора</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="57"/>
        <source>Dose</source>
        <translation>Доза</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="58"/>
        <source>Drug</source>
        <translation>Препарат</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="59"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="60"/>
        <source>End time</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="61"/>
        <source>Entry type</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="62"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="63"/>
        <source>Extramedullary disease</source>
        <translation>Экстрамедуллярное поражение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="64"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="65"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="66"/>
        <source>Given at</source>
        <translation>Время введения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="67"/>
        <source>Given by</source>
        <translation>Кто ввёл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="68"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="69"/>
        <source>Grade</source>
        <translation>Степень</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="70"/>
        <source>Guidance category</source>
        <translation>Категория рекомендации</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="71"/>
        <source>Heart rate</source>
        <translation>ЧСС</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="72"/>
        <source>Height</source>
        <translation>Рост</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="73"/>
        <source>Hung at</source>
        <translation>Время подключения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="74"/>
        <source>Hung by</source>
        <translation>Кто подключил</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="75"/>
        <source>ICE score</source>
        <translation>Балл ICE</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="76"/>
        <source>Indication</source>
        <translation>Показание</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="77"/>
        <source>Infused hours</source>
        <translation>Часы инфузии</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="78"/>
        <source>Interruption start</source>
        <translation>Начало перерыва</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="79"/>
        <source>Label edition</source>
        <translation>Редакция инструкции</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="80"/>
        <source>Lot</source>
        <translation>Серия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="81"/>
        <source>MRD</source>
        <translation>MRD</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="82"/>
        <source>MRD method</source>
        <translation>Метод MRD</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="83"/>
        <source>MRN</source>
        <translation>№ карты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="84"/>
        <source>Marrow blasts</source>
        <translation>Бласты в костном мозге</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="85"/>
        <source>Marrow blasts at start</source>
        <translation>Бласты в костном мозге до начала</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="86"/>
        <source>Measurement date</source>
        <translation>Дата измерения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="87"/>
        <source>Motor findings</source>
        <translation>Двигательные нарушения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="88"/>
        <source>Neurological events</source>
        <translation>Неврологические события</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="89"/>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="90"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="91"/>
        <source>Number of cycles</source>
        <translation>Число циклов</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="92"/>
        <source>Observed at</source>
        <translation>Время наблюдения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="93"/>
        <source>Onset</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="94"/>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="95"/>
        <source>Oxygen device</source>
        <translation>Способ подачи кислорода</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="96"/>
        <source>Oxygen flow</source>
        <translation>Поток кислорода</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="97"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="98"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="99"/>
        <source>Ph status</source>
        <translation>Статус Ph</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="100"/>
        <source>Platelets</source>
        <translation>Тромбоциты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="101"/>
        <source>Prior HSCT</source>
        <translation>ТГСК в анамнезе</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="102"/>
        <source>Rate</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="103"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="104"/>
        <source>Removed at</source>
        <translation>Время отключения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="105"/>
        <source>Resolved on</source>
        <translation>Дата разрешения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="106"/>
        <source>Respiratory rate</source>
        <translation>ЧДД</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="107"/>
        <source>Restart time</source>
        <translation>Время возобновления</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="108"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="109"/>
        <source>Route</source>
        <translation>Путь введения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="110"/>
        <source>Sampled on</source>
        <translation>Дата забора</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="111"/>
        <source>Seizure</source>
        <translation>Судороги</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="112"/>
        <source>Seizure count</source>
        <translation>Число приступов</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="113"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="114"/>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="115"/>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="116"/>
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="117"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="118"/>
        <source>Systolic pressure</source>
        <translation>Систолическое давление</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="119"/>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="120"/>
        <source>Term</source>
        <translation>Термин</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="121"/>
        <source>Transplant date</source>
        <translation>Дата трансплантации</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="122"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="123"/>
        <source>Vasopressors</source>
        <translation>Вазопрессоры</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="124"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="125"/>
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="126"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="131"/>
        <source>Hypotension</source>
        <translation>Гипотензия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="132"/>
        <source>Antipyretics or anticytokine</source>
        <translation>Жаропонижающие или антицитокиновая терапия</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="137"/>
        <source>Fever duration hours</source>
        <translation>Длительность лихорадки, ч</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="138"/>
        <source>After adverse event</source>
        <translation>После нежелательного явления</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="139"/>
        <source>Rate confirmed by pharmacy</source>
        <translation>Скорость подтверждена аптекой</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="140"/>
        <source>Age group</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="141"/>
        <source>Started from</source>
        <translation>Начало с</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="142"/>
        <source>Started to</source>
        <translation>Начало по</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="143"/>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="144"/>
        <source>Limit</source>
        <translation>Предел</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="145"/>
        <source>Offset</source>
        <translation>Смещение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="146"/>
        <source>Observations limit</source>
        <translation>Число наблюдений</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="147"/>
        <source>Observations offset</source>
        <translation>Смещение наблюдений</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="148"/>
        <source>Adverse event id</source>
        <translation>Номер нежелательного явления</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="149"/>
        <source>Exclude adverse event id</source>
        <translation>Исключаемое нежелательное явление</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="150"/>
        <source>Bag id</source>
        <translation>Номер пакета</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="151"/>
        <source>Resolution days</source>
        <translation>Дней до разрешения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="152"/>
        <source>Dosing mode</source>
        <translation>Режим дозирования</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="180"/>
        <source>nurse</source>
        <translation>медсестра</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="181"/>
        <source>physician</source>
        <translation>врач</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="182"/>
        <source>pharmacist</source>
        <translation>фармацевт</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="183"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="184"/>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="230"/>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="233"/>
        <source>is required (one of: {0})</source>
        <translation>обязательное поле (одно из: {0})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="235"/>
        <source>is missing</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="236"/>
        <source>must be a number</source>
        <translation>ожидается число</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="237"/>
        <source>must be a whole number</source>
        <translation>ожидается целое число</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="238"/>
        <source>must be text</source>
        <translation>ожидается текст</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="239"/>
        <source>must be a date</source>
        <translation>ожидается дата</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="240"/>
        <source>must be a date and time</source>
        <translation>ожидаются дата и время</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="241"/>
        <source>must be yes or no</source>
        <translation>ожидается «да» или «нет»</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="242"/>
        <source>must not be in the future</source>
        <translation>не может быть в будущем</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="243"/>
        <source>must not be negative</source>
        <translation>не может быть меньше нуля</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="246"/>
        <source>must be between {0} and {1}{2}, got {3}</source>
        <translation>допустимо от {0} до {1}{2}, введено {3}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="252"/>
        <source>must be between {0} and {1}{2}</source>
        <translation>допустимо от {0} до {1}{2}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="256"/>
        <source>must be more than {0} and at most {1}{2}, got {3}</source>
        <translation>допустимо больше {0} и не больше {1}{2}, введено {3}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="262"/>
        <source>must be at most {0} characters (got {1})</source>
        <translation>не более {0} символов (введено {1})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="266"/>
        <source>must be at least {0}, got {1}</source>
        <translation>не меньше {0}, введено {1}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="270"/>
        <source>must have at least {0} characters</source>
        <translation>не короче {0} символов</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="274"/>
        <source>must not start or end with a space</source>
        <translation>не может начинаться или заканчиваться пробелом</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="278"/>
        <source>must be one of {0}; got {1}</source>
        <translation>допустимо одно из: {0}; введено {1}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="284"/>
        <source>is before the patient&apos;s birth date</source>
        <translation>раньше даты рождения пациента</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="288"/>
        <source>is before the start of the cycle</source>
        <translation>раньше начала цикла</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="292"/>
        <source>must be after the time the bag was hung</source>
        <translation>должно быть позже времени подключения пакета</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="296"/>
        <source>must be after the start of the interruption</source>
        <translation>должно быть позже начала перерыва</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="300"/>
        <source>must not be before the start of the period</source>
        <translation>не может быть раньше начала периода</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="302"/>
        <source>is not right</source>
        <translation>неверен</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="305"/>
        <source>clashes with another entry</source>
        <translation>противоречит другой записи</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="309"/>
        <source>nothing differs from the saved entry</source>
        <translation>ничем не отличается от сохранённой записи</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="313"/>
        <source>{0} is already registered</source>
        <translation>{0} уже зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="317"/>
        <source>&apos;{0}&apos; is already taken</source>
        <translation>«{0}» уже занято</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="321"/>
        <source>no height recorded for this patient: record it first</source>
        <translation>у пациента не внесён рост: сначала внесите его</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="325"/>
        <source>is not a cycle of this patient</source>
        <translation>не является циклом этого пациента</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="329"/>
        <source>is not a course of this patient</source>
        <translation>не является курсом этого пациента</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="334"/>
        <source>is required with an ICE or CAPD assessment</source>
        <translation>обязательно при оценке по ICE или CAPD</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="338"/>
        <source>a child of {0} years is assessed with CAPD, not ICE</source>
        <translation>ребёнка {0} лет оценивают по CAPD, а не по ICE</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="342"/>
        <source>a child of {0} years is assessed with CAPD: give the CAPD answers</source>
        <translation>ребёнка {0} лет оценивают по CAPD: укажите ответы CAPD</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="348"/>
        <source>CAPD was chosen: give the CAPD answers, not an ICE score</source>
        <translation>выбрана CAPD: укажите ответы CAPD, а не балл ICE</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="352"/>
        <source>not possible to assess, yet a score is given</source>
        <translation>отмечено «Оценить невозможно», но балл указан</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="356"/>
        <source>are required (or tick &apos;could not be assessed&apos;)</source>
        <translation>обязательны (или отметьте «Оценить невозможно»)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="360"/>
        <source>is required (or tick &apos;could not be assessed&apos;)</source>
        <translation>обязательное поле (или отметьте «Оценить невозможно»)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="364"/>
        <source>not possible to assess, yet answers are given</source>
        <translation>отмечено «Оценить невозможно», но ответы даны</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="368"/>
        <source>must be whole numbers 0 to 4</source>
        <translation>должны быть целыми числами от 0 до 4</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="372"/>
        <source>a patient of {0} years is assessed with ICE: give the ICE score</source>
        <translation>пациента {0} лет оценивают по ICE: укажите балл ICE</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="381"/>
        <source>patient</source>
        <translation>пациент</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="382"/>
        <source>weight and height</source>
        <translation>вес и рост</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="383"/>
        <source>treatment course</source>
        <translation>курс лечения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="384"/>
        <source>cycle</source>
        <translation>цикл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="385"/>
        <source>dose period</source>
        <translation>период дозирования</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="386"/>
        <source>infusion bag</source>
        <translation>инфузионный пакет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="387"/>
        <source>interruption</source>
        <translation>перерыв</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="388"/>
        <source>premedication</source>
        <translation>премедикация</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="389"/>
        <source>observation</source>
        <translation>наблюдение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="390"/>
        <source>adverse event</source>
        <translation>нежелательное явление</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="391"/>
        <source>marrow result</source>
        <translation>миелограмма</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="392"/>
        <source>transplant</source>
        <translation>трансплантация</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="393"/>
        <source>outcome</source>
        <translation>исход</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="394"/>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="437"/>
        <source>must be lower than the systolic pressure</source>
        <translation>должно быть ниже систолического</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="441"/>
        <source>a flow is given but the device is &apos;none&apos;</source>
        <translation>указан поток, но способ подачи кислорода — «нет»</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="445"/>
        <source>give the marrow blasts, the MRD, or both</source>
        <translation>укажите бласты в костном мозге, MRD или оба показателя</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="449"/>
        <source>is required with an MRD value</source>
        <translation>обязателен, если указан MRD</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="453"/>
        <source>must not be before the onset</source>
        <translation>не может быть раньше начала</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="457"/>
        <source>is given without a temperature</source>
        <translation>указана без температуры</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="461"/>
        <source>must be a term and a grade</source>
        <translation>нужны термин и степень</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="465"/>
        <source>gives an age over {0} years: check the year</source>
        <translation>возраст больше {0} лет: проверьте год</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="469"/>
        <source>contains a control character; retype it</source>
        <translation>содержит управляющий символ; введите заново</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="473"/>
        <source>give the time the bag was hung first</source>
        <translation>сначала укажите время подключения пакета</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="477"/>
        <source>this bag was marked entered in error</source>
        <translation>этот пакет отмечен как ошибочная запись</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="481"/>
        <source>must be after the start of the interruption ({0})</source>
        <translation>должно быть позже начала перерыва ({0})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="485"/>
        <source>is before the start of the cycle ({0})</source>
        <translation>раньше начала цикла ({0})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="489"/>
        <source>is before the last restart ({0})</source>
        <translation>раньше последнего возобновления ({0})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="493"/>
        <source>is before the end of the previous cycle&apos;s infusion ({0})</source>
        <translation>раньше окончания инфузии предыдущего цикла ({0})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="498"/>
        <source>the infusion was due to end at {0}: end the cycle instead</source>
        <translation>инфузия должна была закончиться {0}: завершите цикл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="503"/>
        <source>cycle {0} is {1}, not planned: only a planned cycle can start</source>
        <translation>цикл {0}: «{1}», а не запланирован: начать можно только запланированный цикл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="510"/>
        <source>the course is {0}</source>
        <translation>курс: «{0}»</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="514"/>
        <source>cycle {0} is {1}: only a running or interrupted cycle can end</source>
        <translation>цикл {0}: «{1}»: завершить можно только идущий или прерванный цикл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="521"/>
        <source>cycle {0} is still {1}: end it before starting cycle {2}</source>
        <translation>цикл {0} всё ещё «{1}»: завершите его, прежде чем начать цикл {2}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="526"/>
        <source>cycle {0} is {1}, not interrupted</source>
        <translation>цикл {0}: «{1}», а не прерван</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="530"/>
        <source>cycle {0} is {1}: no more bags can be recorded for it</source>
        <translation>цикл {0}: «{1}»: пакеты для него больше не записываются</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="535"/>
        <source>cycle {0} is {1}: only a running infusion can be interrupted</source>
        <translation>цикл {0}: «{1}»: прервать можно только идущую инфузию</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="542"/>
        <source>cycle {0} is already {1}</source>
        <translation>цикл {0} уже «{1}»</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="546"/>
        <source>there is no treatment course #{0}</source>
        <translation>курс лечения #{0} не найден</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="550"/>
        <source>there is no cycle #{0}</source>
        <translation>цикл #{0} не найден</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="554"/>
        <source>there is no patient #{0}</source>
        <translation>пациент #{0} не найден</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="558"/>
        <source>there is no adverse event #{0}</source>
        <translation>нежелательное явление #{0} не найдено</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="562"/>
        <source>there is no user &apos;{0}&apos;</source>
        <translation>пользователь &apos;{0}&apos; не найден</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="566"/>
        <source>must be the id of a recorded adverse event</source>
        <translation>должен быть номером записанного нежелательного явления</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="571"/>
        <source>this patient already has an open course (#{0}): end it, or mark it entered in error, before planning another</source>
        <translation>у пациента уже есть незавершённый курс (#{0}): завершите его или отметьте как ошибочную запись, прежде чем планировать новый</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="577"/>
        <source>the interruption lasted {0} days: a new cycle would be needed, but label {1} allows {2} cycles for {3}. End the cycle (discontinued) instead.</source>
        <translation>перерыв длился {0} сут: нужен новый цикл, но инструкция {1} допускает {2} циклов для {3}. Завершите цикл (прекращён).</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="583"/>
        <source>label {0} offers bags of {1}; got {2} h</source>
        <translation>инструкция {0} предусматривает пакеты на {1}; указано {2} ч</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="589"/>
        <source>a {0} h bag contains preservative ({1}) and is not recommended below {2} kg; this patient weighs {3} kg. Choose a {4} bag.</source>
        <translation>пакет на {0} ч содержит консервант ({1}) и не рекомендуется при весе ниже {2} кг; вес пациента {3} кг. Выберите пакет на {4}.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="595"/>
        <source>no weight recorded for this patient on or before {0}: record weight and height first</source>
        <translation>у пациента нет веса, записанного {0} или раньше: сначала запишите вес и рост</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="600"/>
        <source>{0} is already registered ({1})</source>
        <translation>{0} уже зарегистрирован ({1})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="604"/>
        <source>must be one word without spaces</source>
        <translation>должно быть одним словом без пробелов</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="608"/>
        <source>the first administrator already exists: sign in and create users from the Users screen</source>
        <translation>первый администратор уже создан: войдите и создайте пользователей в окне «Пользователи»</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="613"/>
        <source>{0} is already deactivated</source>
        <translation>{0} уже деактивирован</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="617"/>
        <source>this is the last active administrator: create another one first</source>
        <translation>это последний активный администратор: сначала создайте другого</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="619"/>
        <source>say what to change</source>
        <translation>укажите, что изменить</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="622"/>
        <source>unknown entry type &apos;{0}&apos; (known: {1})</source>
        <translation>неизвестный тип записи &apos;{0}&apos; (известны: {1})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="627"/>
        <source>a {0} cannot be corrected field by field: {1}</source>
        <translation>запись «{0}» нельзя исправить по полям: {1}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="632"/>
        <source>cannot be corrected on a {0} (correctable: {1})</source>
        <translation>нельзя исправить в записи «{0}» (исправляются: {1})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="637"/>
        <source>this {0} was marked entered in error; enter the right information as a new entry</source>
        <translation>запись «{0}» отмечена как ошибочная; введите верные данные новой записью</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="642"/>
        <source>this {0} is already marked entered in error</source>
        <translation>запись «{0}» уже отмечена как ошибочная</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="646"/>
        <source>no history for {0} #{1}</source>
        <translation>нет истории записи «{0}» #{1}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="650"/>
        <source>{0} cannot be corrected</source>
        <translation>запись «{0}» нельзя исправить</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="654"/>
        <source>must be child or adult, not {0}</source>
        <translation>допустимо «дети» или «взрослые», а не {0}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="658"/>
        <source>unknown label edition &apos;{0}&apos; (known: {1})</source>
        <translation>неизвестная редакция инструкции &apos;{0}&apos; (известны: {1})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="664"/>
        <source>adults</source>
        <translation>взрослых</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="665"/>
        <source>children</source>
        <translation>детей</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="666"/>
        <source>an adult</source>
        <translation>взрослый</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="667"/>
        <source>a child</source>
        <translation>ребёнок</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="683"/>
        <source>label {0} covers {1} only from {2} kg, got {3}</source>
        <translation>инструкция {0} охватывает {1} только при весе от {2} кг, введено {3}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="688"/>
        <source>must be between {0} and {1} for {2} under label {3}, got {4}</source>
        <translation>допустимо от {0} до {1} для {2} по инструкции {3}, введено {4}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="695"/>
        <source>an infusion cycle has {0} days: must be between {1} and {2}, got {3}</source>
        <translation>в цикле инфузии {0} дней: допустимо от {1} до {2}, введено {3}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="700"/>
        <source>is required for a nasal cannula (up to {0} L/min is low flow)</source>
        <translation>обязателен для носовой канюли (до {0} л/мин — низкий поток)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="705"/>
        <source>needs {0} answers, got {1}</source>
        <translation>нужно ответов: {0}, получено {1}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="709"/>
        <source>give either ice_score or capd_score, not both</source>
        <translation>укажите балл ICE или балл CAPD, но не оба</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="713"/>
        <source>is required (or capd_score for a young child); null when it cannot be done</source>
        <translation>обязательное поле (или балл CAPD для маленького ребёнка); пусто, если оценить невозможно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="718"/>
        <source>children under {0} years are assessed with CAPD: give capd_score</source>
        <translation>дети младше {0} лет оцениваются по CAPD: укажите балл CAPD</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="723"/>
        <source>{0} has grades 1 to {1} in {2}, got {3}</source>
        <translation>{0}: степени от 1 до {1} в {2}, введено {3}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="726"/>
        <source>must be a drug name</source>
        <translation>должно быть названием препарата</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="729"/>
        <source>unknown vasopressor &apos;{0}&apos; (known: {1})</source>
        <translation>неизвестный вазопрессор &apos;{0}&apos; (известны: {1})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="734"/>
        <source>must be a whole number 0 to {0}, got {1}</source>
        <translation>допустимо целое число от 0 до {0}, введено {1}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="738"/>
        <source>is required for a seizure event</source>
        <translation>обязательно для судорог</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="742"/>
        <source>is required for a {0} event</source>
        <translation>обязательна для события «{0}»</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="747"/>
        <source>must be {0} or more, got {1}</source>
        <translation>допустимо {0} или больше, введено {1}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="749"/>
        <source>must be fixed or bsa</source>
        <translation>допустимо: фиксированная доза или по ППТ</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="752"/>
        <source>give both times with a time zone, or both without</source>
        <translation>укажите оба времени с часовым поясом или оба без него</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="756"/>
        <source>cycle {0} is outside this indication&apos;s {1} cycles</source>
        <translation>цикл {0} вне {1} циклов этого показания</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="761"/>
        <source>no dose is defined for cycle {0} day {1}</source>
        <translation>для цикла {0}, дня {1} доза не определена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="765"/>
        <source>label {0} does not cover &apos;{1}&apos; (it covers: {2})</source>
        <translation>инструкция {0} не охватывает &apos;{1}&apos; (охватывает: {2})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="770"/>
        <source>label {0} covers {1} only for {2}; this patient is {3} on {4}</source>
        <translation>инструкция {0} охватывает {1} только для {2}; на {4} пациент — {3}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="776"/>
        <source>is after the start date ({0} &gt; {1})</source>
        <translation>позже даты начала ({0} &gt; {1})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="781"/>
        <source>label {0} allows at most {1} cycles for {2}, asked for cycles {3} to {4}</source>
        <translation>инструкция {0} допускает не более {1} циклов для {2}, запрошены циклы с {3} по {4}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="786"/>
        <source>is too far in the future to plan from</source>
        <translation>слишком далеко в будущем для планирования</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="794"/>
        <source>a planned course is not edited: mark it entered in error and plan it again</source>
        <translation>запланированный курс не редактируется: отметьте его как ошибочную запись и запланируйте заново</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="800"/>
        <source>cycle times follow from start, interruption and restart entries: correct those, or mark the cycle entered in error</source>
        <translation>время цикла следует из записей о начале, перерывах и возобновлениях: исправьте их или отметьте цикл как ошибочную запись</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="806"/>
        <source>doses come from the plan and the restart verdicts: mark the period entered in error if it was never given</source>
        <translation>дозы берутся из плана и заключений о возобновлении: отметьте период как ошибочную запись, если он не вводился</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="828"/>
        <source>fixed dose {0} mcg/day (weight at or above the fixed-dose limit)</source>
        <translation>фиксированная доза {0} мкг/сут (масса тела не ниже порога для фиксированной дозы)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="834"/>
        <source>{0} mcg/m²/day × {1} m² = {2}, capped at {3} mcg/day</source>
        <translation>{0} мкг/м²/сут × {1} м² = {2}, ограничено {3} мкг/сут</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="840"/>
        <source>{0} mcg/m²/day × {1} m² = {2} mcg/day (cap {3} not reached)</source>
        <translation>{0} мкг/м²/сут × {1} м² = {2} мкг/сут (предел {3} не достигнут)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="848"/>
        <source>CRS</source>
        <translation>CRS</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="849"/>
        <source>neurological toxicity</source>
        <translation>неврологическая токсичность</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="850"/>
        <source>seizure</source>
        <translation>судороги</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="851"/>
        <source>other clinically relevant adverse reaction</source>
        <translation>другая клинически значимая нежелательная реакция</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="852"/>
        <source>liver enzymes</source>
        <translation>печёночные ферменты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="853"/>
        <source>pancreatitis</source>
        <translation>панкреатит</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="854"/>
        <source>prolonged neutropenia</source>
        <translation>длительная нейтропения</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="864"/>
        <source>no premedication is due at this restart under the adult rules of label {0}</source>
        <translation>при этом возобновлении премедикация не нужна по правилам инструкции {0} для взрослых</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="867"/>
        <source>no premedication is due at this restart under the child rules of label {0}</source>
        <translation>при этом возобновлении премедикация не нужна по правилам инструкции {0} для детей</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="883"/>
        <source>Unknown user name or wrong password.</source>
        <translation>Неизвестное имя пользователя или неверный пароль.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="887"/>
        <source>Unknown user name or wrong password. The account is now locked for {0} minutes.</source>
        <translation>Неизвестное имя пользователя или неверный пароль. Учётная запись заблокирована на {0} мин.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="893"/>
        <source>This account is deactivated. Ask an administrator.</source>
        <translation>Учётная запись отключена. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="900"/>
        <source>This account is locked after {0} failed sign-ins until {1}. Ask an administrator to unlock it sooner.</source>
        <translation>Учётная запись заблокирована до {1} после {0} неудачных попыток входа. Чтобы разблокировать раньше, обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="911"/>
        <source>At every later cycle start and at any restart after an interruption of {0} hours or more, supervision by a healthcare professional or hospitalisation is recommended.</source>
        <translation>При начале каждого следующего цикла и при любом возобновлении после перерыва {0} ч и более рекомендуется наблюдение медицинского работника или госпитализация.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="922"/>
        <source>The consolidation dosing table itself was not found: cycles, doses and interval are believed, not confirmed. Cycles alternate with chemotherapy.</source>
        <translation>Сама таблица дозирования для консолидации не найдена: циклы, дозы и интервал приняты по имеющимся сведениям, но не подтверждены. Циклы чередуются с химиотерапией.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="930"/>
        <source>This edition defines premedication for adults only: plan children under a later edition.</source>
        <translation>Эта редакция определяет премедикацию только для взрослых: детей планируйте по более поздней редакции.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="942"/>
        <source>Not stated in the label whether the lower-dose days after a restart count toward the {0} infusion days; they are counted here (provisional)</source>
        <translation>В инструкции не указано, засчитываются ли дни сниженной дозы после возобновления в {0} дней инфузии; здесь они засчитываются (предварительно)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="953"/>
        <source>interruption of {0} (at most {1} days): cycle {2} continues until {3} infusion days in total</source>
        <translation>перерыв {0} (не более {1} сут): цикл {2} продолжается до {3} суток инфузии в сумме</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="963"/>
        <source>interruption of {0} (more than {1} days): a new cycle starts at the restart</source>
        <translation>перерыв {0} (более {1} сут): при возобновлении начинается новый цикл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="974"/>
        <source>the patient had not reached the full dose before the break (last dose {0} mcg/day); the new cycle starts at its own planned dose: the physician decides whether to repeat the step-up</source>
        <translation>до перерыва пациент не получил полную дозу (последняя доза {0} мкг/сут); новый цикл начинается со своей плановой дозы: повторять ли ступенчатое повышение, решает врач</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="982"/>
        <source>label {0} allows {1} cycles for {2}: no further cycle can be planned</source>
        <translation>инструкция {0} допускает {1} циклов при показании «{2}»: следующий цикл запланировать нельзя</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="987"/>
        <source>restart after a dose-modifying adverse event: {0} for {1} days, then the full dose ({2})</source>
        <translation>возобновление после нежелательного явления, требующего изменения дозы: {0} в течение {1} сут, затем полная доза ({2})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="995"/>
        <source>before the restart</source>
        <translation>перед возобновлением</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="996"/>
        <source>before the dose increase</source>
        <translation>перед повышением дозы</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="997"/>
        <source>before the step-up dose</source>
        <translation>перед ступенчатым повышением дозы</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1000"/>
        <source>before the first dose of the cycle</source>
        <translation>перед первой дозой цикла</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1002"/>
        <source>restart</source>
        <translation>возобновление</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1003"/>
        <source>step-up</source>
        <translation>ступенчатое повышение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1004"/>
        <source>full dose</source>
        <translation>полная доза</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1007"/>
        <source>restart after adverse event</source>
        <translation>возобновление после нежелательного явления</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1016"/>
        <source>Label {0} ({1}), the edition course #{2} is pinned to; guidance for &apos;{3}&apos;. Guidance only: the physician decides.</source>
        <translation>Инструкция {0} ({1}) — редакция, к которой привязан курс №{2}; рекомендации для категории «{3}». Только рекомендации: решение принимает врач.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1025"/>
        <source>Label {0} ({1}), the edition course #{2} is pinned to; guidance for &apos;{3}&apos;, seizure number {4}. Guidance only: the physician decides.</source>
        <translation>Инструкция {0} ({1}) — редакция, к которой привязан курс №{2}; рекомендации для категории «{3}», судорожный приступ № {4}. Только рекомендации: решение принимает врач.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1032"/>
        <source>Label {0} gives no dose modification for &apos;{1}&apos; grade {2}.</source>
        <translation>Инструкция {0} не предусматривает изменения дозы для категории «{1}», степень {2}.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1037"/>
        <source>No treatment course for this patient at the onset: no label guidance.</source>
        <translation>На дату начала явления у пациента не было курса лечения: рекомендаций инструкции нет.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1042"/>
        <source>took {0} days to resolve (more than {1})</source>
        <translation>разрешалось {0} дн. (более {1})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1046"/>
        <source>happened at the reduced (step-up) dose</source>
        <translation>возникло на сниженной (ступенчатой) дозе</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1050"/>
        <source>Nobody is signed in: sign in first.</source>
        <translation>Вход не выполнен: сначала войдите в систему.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1054"/>
        <source>{0} ({1}) may not {2}: only {3} may.</source>
        <translation>{0} ({1}) не может {2}: это доступно только ролям: {3}.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1063"/>
        <source>{0} kg differs by {1} % from the previous weight ({2} kg on {3}): check that it was typed right.</source>
        <translation>{0} кг отличается на {1} % от предыдущего веса ({2} кг, {3}): проверьте, правильно ли введён вес.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1074"/>
        <source>The BSA-based dose of course #{0} ({1}) was computed from {2} kg; {3} kg differs by {4} % (ward setting: warn above {5} %). Ask the physician to review the dose.</source>
        <translation>Доза на площадь поверхности тела в курсе №{0} ({1}) рассчитана по весу {2} кг; {3} кг отличается на {4} % (настройка отделения: предупреждать при разнице более {5} %). Попросите врача пересмотреть дозу.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1085"/>
        <source>The weight used for this BSA-based dose ({0} kg) was measured {1} days ago, on {2} (ward setting: at most {3} days). Weigh the patient again.</source>
        <translation>Вес для расчёта дозы на площадь поверхности тела ({0} кг) измерен {2} — {1} дн. назад (настройка отделения: не более {3} дн.). Взвесьте пациента ещё раз.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1096"/>
        <source>The dose was computed from {0} kg; the latest weight {1} kg differs by {2} % (ward setting: warn above {3} %). Review the dose.</source>
        <translation>Доза рассчитана по весу {0} кг; последний вес {1} кг отличается на {2} % (настройка отделения: предупреждать при разнице более {3} %). Пересмотрите дозу.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1109"/>
        <source>The entered rate {0} mL/h differs from the label&apos;s {1} mL/h for a {2} h bag (label {3}): check the pump programme with the pharmacy.</source>
        <translation>Введённая скорость {0} мл/ч отличается от скорости по инструкции {1} мл/ч для пакета на {2} ч (инструкция {3}): сверьте программу помпы с аптекой.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1120"/>
        <source>the pharmacy confirmed the rate {0} mL/h, which differs from the label&apos;s {1} mL/h for a {2} h bag (label {3})</source>
        <translation>аптека подтвердила скорость {0} мл/ч, отличающуюся от скорости по инструкции {1} мл/ч для пакета на {2} ч (инструкция {3})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1128"/>
        <source>The {0} h bag&apos;s label facts are provisional: {1}</source>
        <translation>Данные инструкции для пакета на {0} ч предварительные: {1}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1134"/>
        <source>The bag hung at {0} {1} has no removal time: record when it was taken down.</source>
        <translation>У пакета, подключённого {0} в {1}, не указано время отключения: запишите, когда его сняли.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1140"/>
        <source>blinadesk is already open on this record; its window was brought to the front.</source>
        <translation>blinadesk уже открыт с этой базой данных; его окно выведено на передний план.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1146"/>
        <source>blinadesk is already open on this record but could not come to the front: {0}.</source>
        <translation>blinadesk уже открыт с этой базой данных, но его окно не удалось вывести на передний план: {0}.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1155"/>
        <source>blinadesk is already open on this record but did not answer within {0} s (it may be busy); switch to its window.</source>
        <translation>blinadesk уже открыт с этой базой данных, но не ответил за {0} с (возможно, занят); перейдите в его окно.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1168"/>
        <source>{0} °C is below {1} °C: no fever</source>
        <translation>{0} °C ниже {1} °C: лихорадки нет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1172"/>
        <source>{0} °C is within {1}-{2} °C</source>
        <translation>{0} °C в пределах {1}–{2} °C</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1176"/>
        <source>{0} °C is above {1} and at most {2} °C</source>
        <translation>{0} °C выше {1}, но не выше {2} °C</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1183"/>
        <source>{0} °C is above {1} °C; duration not given, grade 4 if it lasts more than {2} h</source>
        <translation>{0} °C выше {1} °C; длительность не указана, степень 4 — если держится дольше {2} ч</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1189"/>
        <source>{0} °C above {1} °C for {2} h (more than {3} h)</source>
        <translation>{0} °C выше {1} °C в течение {2} ч (дольше {3} ч)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1195"/>
        <source>{0} °C above {1} °C for {2} h ({3} h or less)</source>
        <translation>{0} °C выше {1} °C в течение {2} ч ({3} ч или меньше)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1201"/>
        <source>fever masked by therapy, no hypotension and no oxygen need</source>
        <translation>лихорадка скрыта терапией, гипотензии и потребности в кислороде нет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1205"/>
        <source>fever {0} °C, no hypotension and no oxygen need</source>
        <translation>лихорадка {0} °C, гипотензии и потребности в кислороде нет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1211"/>
        <source>no fever of {0} °C or more and no antipyretic or anti-cytokine therapy: CRS criteria not met</source>
        <translation>нет лихорадки {0} °C и выше и не было жаропонижающей или антицитокиновой терапии: критерии CRS не выполнены</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1221"/>
        <source>no fever of {0} °C or more and no antipyretic or anti-cytokine therapy: CRS criteria not met; look for another cause of the hypotension or hypoxia</source>
        <translation>нет лихорадки {0} °C и выше и не было жаропонижающей или антицитокиновой терапии: критерии CRS не выполнены; ищите другую причину гипотензии или гипоксии</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1229"/>
        <source>{0}, awake, no seizure, motor finding or oedema: no ICANS</source>
        <translation>{0}, в сознании, без судорог, двигательных нарушений и отёка: ICANS нет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1241"/>
        <source>extramedullary disease</source>
        <translation>экстрамедуллярное поражение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1244"/>
        <source>marrow blasts {0} % (above {1} %)</source>
        <translation>бласты в костном мозге {0} % (больше {1} %)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1248"/>
        <source>blasts {0} %, full count recovery (ANC {1}/µL, platelets {2}/µL)</source>
        <translation>бласты {0} %, полное восстановление показателей крови (АЧН {1}/мкл, тромбоциты {2}/мкл)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1254"/>
        <source>blasts {0} %, partial count recovery (ANC {1}/µL, platelets {2}/µL)</source>
        <translation>бласты {0} %, частичное восстановление показателей крови (АЧН {1}/мкл, тромбоциты {2}/мкл)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1260"/>
        <source>blasts {0} %, incomplete count recovery (ANC {1}/µL, platelets {2}/µL)</source>
        <translation>бласты {0} %, неполное восстановление показателей крови (АЧН {1}/мкл, тромбоциты {2}/мкл)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1267"/>
        <source>blasts {0} %, counts below the CRh* limits (ANC {1}/µL, platelets {2}/µL)</source>
        <translation>бласты {0} %, показатели крови ниже границ CRh* (АЧН {1}/мкл, тромбоциты {2}/мкл)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1293"/>
        <source>MRD {0} % below {1} %</source>
        <translation>MRD {0} % ниже {1} %</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1294"/>
        <source>MRD {0} % at or above {1} %</source>
        <translation>MRD {0} % не ниже {1} %</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1300"/>
        <source>Marrow response (MT103-211/TOWER definitions)</source>
        <translation>Ответ костного мозга (критерии MT103-211/TOWER)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1333"/>
        <source>several vasopressors ({0}; vasopressin not counted)</source>
        <translation>несколько вазопрессоров ({0}; вазопрессин не учитывается)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1338"/>
        <source>one vasopressor ({0})</source>
        <translation>один вазопрессор ({0})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1342"/>
        <source>hypotension not needing vasopressors</source>
        <translation>гипотензия без потребности в вазопрессорах</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1346"/>
        <source>positive-pressure support ({0})</source>
        <translation>поддержка положительным давлением ({0})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1350"/>
        <source>nasal cannula at {0} L/min (high flow, above {1})</source>
        <translation>носовая канюля {0} л/мин (высокий поток, выше {1})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1356"/>
        <source>low-flow oxygen ({0} at {1} L/min)</source>
        <translation>кислород низким потоком ({0}, {1} л/мин)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1361"/>
        <source>low-flow oxygen ({0})</source>
        <translation>кислород низким потоком ({0})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1365"/>
        <source>{0} oxygen</source>
        <translation>кислород: {0}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1372"/>
        <source>CAPD could not be done</source>
        <translation>CAPD провести невозможно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1375"/>
        <source>CAPD {0} (delirium: {1} or more)</source>
        <translation>CAPD {0} (делирий: {1} и больше)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1380"/>
        <source>ICE could not be done while arousable (scored as ICE 0)</source>
        <translation>ICE провести невозможно, хотя пациент пробуждается (считается как ICE 0)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1385"/>
        <source>a seizure that resolved rapidly</source>
        <translation>быстро купированные судороги</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1389"/>
        <source>a prolonged or repetitive seizure</source>
        <translation>длительные или повторные судороги</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1391"/>
        <source>deep focal motor weakness</source>
        <translation>глубокая очаговая мышечная слабость</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1392"/>
        <source>focal oedema on imaging</source>
        <translation>очаговый отёк при визуализации</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1393"/>
        <source>diffuse cerebral oedema</source>
        <translation>диффузный отёк мозга</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1404"/>
        <source>fever {0} °C</source>
        <translation>лихорадка {0} °C</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1405"/>
        <source>fever masked by antipyretic or anti-cytokine therapy</source>
        <translation>лихорадка скрыта жаропонижающей или антицитокиновой терапией</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="674"/>
        <location filename="../../blinadesk/gui/service_messages.py" line="1409"/>
        <source>{0} and {1}</source>
        <translation>{0} и {1}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1410"/>
        <source>{0} with {1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1416"/>
        <source>worst domain: {0}</source>
        <translation>наихудший домен: {0}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1475"/>
        <source>(in English)</source>
        <translation>(англ.)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1580"/>
        <source>not recorded</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1586"/>
        <source>no course planned</source>
        <translation>курс не запланирован</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1591"/>
        <source>{indication} under {edition} ({status})</source>
        <translation>{indication}, инструкция {edition} ({status})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1598"/>
        <source>all patients</source>
        <translation>все пациенты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1599"/>
        <source>children (&lt;18 y)</source>
        <translation>дети (&lt;18 лет)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1600"/>
        <source>adults (≥18 y)</source>
        <translation>взрослые (≥18 лет)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1612"/>
        <source>MRN starting {prefix}</source>
        <translation>№ карты начинается с {prefix}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1614"/>
        <source>indication {indications}</source>
        <translation>показание: {indications}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1617"/>
        <source>first infusion {start} to {end}</source>
        <translation>первая инфузия с {start} по {end}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1639"/>
        <source>{0}: progression recorded on {1} while the latest marrow ({2}) shows MRD-negative remission: both cannot hold at once. A return of disease after remission is a relapse; correct the outcome or the marrow.</source>
        <translation>{0}: прогрессия записана {1}, а последний костный мозг ({2}) показывает MRD-негативную ремиссию: одновременно это невозможно. Возврат болезни после ремиссии — рецидив; исправьте исход или результат костного мозга.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1647"/>
        <source>{0}: counted as a responder (remission on {1}) and as a non-responder (no remission).</source>
        <translation>{0}: учтён и как ответивший (ремиссия {1}), и как не ответивший (ремиссии нет).</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1654"/>
        <source>{0}: counted as a responder (remission on {1}) and as a non-responder (progression on {2}).</source>
        <translation>{0}: учтён и как ответивший (ремиссия {1}), и как не ответивший (прогрессия {2}).</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1661"/>
        <source>{0}: relapse on {1} but no remission is recorded before it.</source>
        <translation>{0}: рецидив {1}, но ремиссия до него не записана.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1667"/>
        <source>{0}: relapse on {1} without its CD19 status.</source>
        <translation>{0}: рецидив {1} без статуса CD19.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1672"/>
        <source>{0}: marrow of {1} has MRD below the negative threshold but {2} % blasts.</source>
        <translation>{0}: в костном мозге от {1} MRD ниже порога негативности, но бластов {2} %.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1678"/>
        <source>{0}: entries dated after the death on {1} (first: {2}).</source>
        <translation>{0}: записи датированы позже смерти {1} (первая: {2}).</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1685"/>
        <source>No baseline marrow blasts for {0} patient(s): {1}; they are not in the &gt;5 % / ≥30 % counts.</source>
        <translation>Нет исходных бластов костного мозга у пациентов: {0} ({1}); они не учтены в подсчётах &gt;5 % / ≥30 %.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1692"/>
        <source>{0} matching patient(s) have not started an infusion and are not counted: {1}.</source>
        <translation>Подходящих пациентов, ещё не начавших инфузию (не учтены): {0} — {1}.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1701"/>
        <source>Responders ({0}) + non-responders ({1}) + not evaluated ({2}) = {3}, but the cohort has {4} patients (counted twice: {5}).</source>
        <translation>Ответившие ({0}) + не ответившие ({1}) + не оценённые ({2}) = {3}, но в когорте {4} пациентов (учтены дважды: {5}).</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1721"/>
        <source>{name} · MRN {mrn}</source>
        <translation>{name} · № карты {mrn}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1725"/>
        <source>born {born} (age {age}), CD19 {cd19}, Ph {ph}; {courses}</source>
        <translation>дата рождения {born} (возраст {age}), CD19 {cd19}, Ph {ph}; {courses}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1730"/>
        <source>{donor} HSCT</source>
        <translation>ТГСК ({donor})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1734"/>
        <source>{kind}, CD19 {status}</source>
        <translation>{kind}, CD19 {status}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1739"/>
        <source>Cohort: {cohort}</source>
        <translation>Когорта: {cohort}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="1743"/>
        <source>{count} patients from the first infusion; as of {day}</source>
        <translation>пациентов: {count}, от первой инфузии; на {day}</translation>
    </message>
</context>
<context>
    <name>ServiceUnits</name>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="188"/>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="189"/>
        <source>cm</source>
        <translation>см</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="190"/>
        <source>d</source>
        <translation>сут</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="191"/>
        <source>h</source>
        <translation>ч</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="192"/>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="193"/>
        <source>L/min</source>
        <translation>л/мин</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="194"/>
        <source>/min</source>
        <translation>/мин</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="195"/>
        <source>/µL</source>
        <translation>/мкл</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="196"/>
        <source>mmHg</source>
        <translation>мм рт. ст.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="197"/>
        <source>years</source>
        <translation>лет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="198"/>
        <source>hours</source>
        <translation>ч</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/service_messages.py" line="199"/>
        <source>mL</source>
        <translation>мл</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/settings_dialog.py" line="22"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="6"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="17"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="30"/>
        <source>Lock the screen &amp;after</source>
        <translation>&amp;Блокировать экран через</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="52"/>
        <source>After this many minutes without a key press or mouse movement, the screen hides patient data until the password is typed again.</source>
        <translation>Если столько минут не нажимать клавиши и не двигать мышь, экран скроет данные пациентов до повторного ввода пароля.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/sign_in.py" line="97"/>
        <source>Upgrading the record for this version of blinadesk (schema {old} to {new}). A backup is taken first. On a large record this takes several minutes: please wait, and do not switch the computer off.</source>
        <translation>Обновление базы для этой версии blinadesk (схема {old} → {new}). Сначала создаётся резервная копия. На большой базе это займёт несколько минут: подождите и не выключайте компьютер.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/sign_in.py" line="116"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/sign_in.py" line="116"/>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/sign_in.py" line="117"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="6"/>
        <source>Sign in to blinadesk</source>
        <translation>Вход в blinadesk</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="12"/>
        <source>Sign in with your ward account.</source>
        <translation>Войдите под своей учётной записью отделения.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="27"/>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="44"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="70"/>
        <source>Demo accounts (fictitious ward, for training only)</source>
        <translation>Демо-учётные записи (вымышленное отделение, только для обучения)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="76"/>
        <source>Double-click an account to fill in its user name and password.</source>
        <translation>Дважды щёлкните учётную запись, чтобы подставить имя пользователя и пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="93"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="98"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="103"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in.ui" line="114"/>
        <source>Opening the record…</source>
        <translation>Открытие базы…</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../blinadesk/gui/app.py" line="193"/>
        <source>The automatic daily backup failed: {reason}</source>
        <translation>Ежедневная автоматическая резервная копия не создана: {reason}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/app.py" line="279"/>
        <source>Building the demo ward (fictitious patients)… this takes about half a minute.</source>
        <translation>Создаётся демо-отделение (вымышленные пациенты)… это займёт около полуминуты.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/app.py" line="608"/>
        <source>Closing once the record has finished opening…</source>
        <translation>Завершение работы после открытия базы…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/app.py" line="379"/>
        <source>The record cannot be opened</source>
        <translation>Не удаётся открыть базу</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../blinadesk/gui/tasks.py" line="104"/>
        <source>Something went wrong inside blinadesk ({kind}). Nothing was changed by the failed step.</source>
        <translation>Внутренняя ошибка blinadesk ({kind}). Неудавшееся действие ничего не изменило.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/tasks.py" line="108"/>
        <source>Details were written to {path}.</source>
        <translation>Подробности записаны в {path}.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/tasks.py" line="199"/>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../blinadesk/gui/windows/today.py" line="91"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/today.py" line="92"/>
        <source>Reload the worklist (F5)</source>
        <translation>Обновить список (F5)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/today.py" line="93"/>
        <source>No patient is infusing today.</source>
        <translation>Сегодня нет пациентов на инфузии.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/today.py" line="139"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/today.py" line="140"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/today.py" line="142"/>
        <source>Today, {date}</source>
        <translation>Сегодня, {date}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/today.py" line="143"/>
        <source>{count} infusing, {alerts} with alerts · updated {time}</source>
        <translation>На инфузии: {count}, с тревогами: {alerts} · обновлено в {time}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/today.py" line="157"/>
        <source>&amp;Open chart</source>
        <translation>&amp;Открыть карту</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/windows/today.py" line="160"/>
        <source>Record pr&amp;emedication given…</source>
        <translation>Преме&amp;дикация введена…</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../blinadesk/gui/dialogs/users.py" line="107"/>
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/users.py" line="108"/>
        <source>New password for {user} (tell it to them in person):</source>
        <translation>Новый пароль для {user} (сообщите его лично):</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/users.py" line="118"/>
        <source>Unlock account</source>
        <translation>Разблокировать учётную запись</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/users.py" line="119"/>
        <source>Why is {user} unlocked early?</source>
        <translation>Почему {user} разблокирован досрочно?</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/users.py" line="129"/>
        <source>Deactivate account</source>
        <translation>Отключить учётную запись</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/dialogs/users.py" line="130"/>
        <source>Why is {user} deactivated? (They can no longer sign in.)</source>
        <translation>Почему учётная запись {user} отключается? (Войти с ней будет нельзя.)</translation>
    </message>
    <message>
        <location filename="../../ui/users.ui" line="6"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../ui/users.ui" line="12"/>
        <source>Accounts of this ward. A deactivated account can no longer sign in; it stays in the record, which names it.</source>
        <translation>Учётные записи отделения. С отключённой учётной записью войти нельзя; она остаётся в базе, где записаны её действия.</translation>
    </message>
    <message>
        <location filename="../../ui/users.ui" line="34"/>
        <source>&amp;Create user…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location filename="../../ui/users.ui" line="41"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Сбросить пароль…</translation>
    </message>
    <message>
        <location filename="../../ui/users.ui" line="48"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Разблокировать…</translation>
    </message>
    <message>
        <location filename="../../ui/users.ui" line="55"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Отключить…</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../blinadesk/gui/models/users_model.py" line="42"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/users_model.py" line="42"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/users_model.py" line="42"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/users_model.py" line="42"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/users_model.py" line="57"/>
        <source>deactivated</source>
        <translation>отключена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/users_model.py" line="59"/>
        <source>locked until {when}</source>
        <translation>заблокирована до {when}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/users_model.py" line="60"/>
        <source>active</source>
        <translation>активна</translation>
    </message>
</context>
<context>
    <name>WardWords</name>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="34"/>
        <source>nurse</source>
        <translation>медсестра</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="35"/>
        <source>physician</source>
        <translation>врач</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="36"/>
        <source>pharmacist</source>
        <translation>фармацевт</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="37"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="38"/>
        <source>monitor (read only)</source>
        <translation>монитор (только чтение)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="46"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="47"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="48"/>
        <source>other</source>
        <translation>другой</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="49"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="50"/>
        <source>positive</source>
        <translation>положительный</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="51"/>
        <source>negative</source>
        <translation>отрицательный</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="52"/>
        <source>dim</source>
        <translation>слабый (dim)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="59"/>
        <source>induction</source>
        <translation>индукция</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="60"/>
        <source>consolidation</source>
        <translation>консолидация</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="61"/>
        <source>continued therapy</source>
        <translation>продолжение терапии</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="62"/>
        <source>MRD</source>
        <translation>MRD</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="80"/>
        <source>Fever grade {0}</source>
        <translation>Лихорадка, степень {0}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="82"/>
        <source>CRS grade {0}</source>
        <translation>CRS, степень {0}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="84"/>
        <source>ICANS grade {0}</source>
        <translation>ICANS, степень {0}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="85"/>
        <source>Seizure</source>
        <translation>Судороги</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="87"/>
        <source>Infusion interrupted since {0}</source>
        <translation>Инфузия прервана с {0}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="89"/>
        <source>Infusion interrupted since {0} on {1}</source>
        <translation>Инфузия прервана с {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="94"/>
        <source>Infusion past planned end ({0})</source>
        <translation>Время инфузии истекло ({0})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="96"/>
        <source>Infusion past planned end ({0}, {1})</source>
        <translation>Время инфузии истекло ({0}, {1})</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="102"/>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="105"/>
        <source>Bag hung at {0} mcg/day, dose now {1}</source>
        <translation>Пакет подключён при {0} мкг/сут, доза теперь {1}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="129"/>
        <source>infusion ends at {0}</source>
        <translation>конец инфузии в {0}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="159"/>
        <source>Planned end of infusion passed at {0}: stop the infusion and record the end of the cycle</source>
        <translation>Плановое окончание инфузии прошло ({0}): остановите инфузию и запишите окончание цикла</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="162"/>
        <source>Planned end of infusion passed at {0} on {1}: stop the infusion and record the end of the cycle</source>
        <translation>Плановое окончание инфузии прошло ({0}, {1}): остановите инфузию и запишите окончание цикла</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="165"/>
        <source>Dose changed to {0} mcg/day at {1}, after this bag was hung (dose then {2} mcg/day): ask the pharmacy for a bag for the new dose</source>
        <translation>Доза изменена на {0} мкг/сут в {1}, после подключения этого пакета (доза тогда {2} мкг/сут): закажите в аптеке пакет на новую дозу</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="169"/>
        <source>Dose changed to {0} mcg/day at {1} on {2}, after this bag was hung (dose then {3} mcg/day): ask the pharmacy for a bag for the new dose</source>
        <translation>Доза изменена на {0} мкг/сут в {1} {2}, после подключения этого пакета (доза тогда {3} мкг/сут): закажите в аптеке пакет на новую дозу</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="108"/>
        <source>Bag change overdue since {0}</source>
        <translation>Смена пакета просрочена с {0}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="110"/>
        <source>Stale weight for a BSA dose: last weighed {0}</source>
        <translation>Устаревший вес для дозы по ППТ: последнее взвешивание {0}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="112"/>
        <source>Weight {0} kg differs by {1} % from the {2} kg the dose was computed from</source>
        <translation>Вес {0} кг отличается на {1} % от {2} кг, по которым рассчитана доза</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="115"/>
        <source>Label edition {0} is not installed: doses cannot be checked</source>
        <translation>Редакция инструкции {0} не установлена: дозы проверить нельзя</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="119"/>
        <source>no bag hanging is recorded</source>
        <translation>не внесён установленный пакет</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="120"/>
        <source>no observation today</source>
        <translation>нет наблюдений за сегодня</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="121"/>
        <source>no weight recorded</source>
        <translation>вес не внесён</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/widgets/ward_words.py" line="123"/>
        <source>no weight within {0} days (last {1})</source>
        <translation>нет веса за {0} дн. (последний {1})</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="92"/>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="92"/>
        <source>MRN</source>
        <translation>№ карты</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="92"/>
        <source>Cycle / day</source>
        <translation>Цикл / день</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="93"/>
        <source>Dose, mcg/day</source>
        <translation>Доза, мкг/сут</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="93"/>
        <source>Bag change due</source>
        <translation>Смена пакета</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="93"/>
        <source>Premedication due</source>
        <translation>Премедикация</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="94"/>
        <source>Hospital / supervision</source>
        <translation>Стационар / наблюдение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="94"/>
        <source>Missing today</source>
        <translation>Не внесено сегодня</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="92"/>
        <source>Alerts</source>
        <translation>Тревоги</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="118"/>
        <source>{name}, {age} y</source>
        <translation>{name}, {age} л.</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="125"/>
        <source>paused</source>
        <translation>приостановлена</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="141"/>
        <source>C{cycle} · starts today</source>
        <translation>Ц{cycle} · начало сегодня</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="142"/>
        <source>C{cycle} · day {day}</source>
        <translation>Ц{cycle} · день {day}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="144"/>
        <source>interrupted since {time}</source>
        <translation>прервана с {time}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="159"/>
        <source>OVERDUE since {when}</source>
        <translation>ПРОСРОЧЕНА с {when}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="161"/>
        <source>today {when}</source>
        <translation>сегодня в {when}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="163"/>
        <source>tomorrow {when}</source>
        <translation>завтра в {when}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="171"/>
        <source>{line} — given</source>
        <translation>{line} — введено</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="173"/>
        <source>{line} (provisional rule)</source>
        <translation>{line} (предварительное правило)</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="180"/>
        <source>in hospital, day {day} of {days}</source>
        <translation>в стационаре, день {day} из {days}</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="183"/>
        <source>supervision due</source>
        <translation>нужно наблюдение</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="188"/>
        <source>Cycle {cycle} ({phase}), {indication}, label {label}; {hours} h infused</source>
        <translation>Цикл {cycle} ({phase}), {indication}, инструкция {label}; введено за {hours} ч</translation>
    </message>
    <message>
        <location filename="../../blinadesk/gui/models/worklist_model.py" line="192"/>
        <source>{dose} mcg/m²/day</source>
        <translation>{dose} мкг/м²/сут</translation>
    </message>
</context>
</TS>
