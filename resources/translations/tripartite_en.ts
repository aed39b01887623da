<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>签收：{party}</source>
        <translation>Acknowledgement: {party}</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>签收时间(&amp;T)：</source>
        <translation>Acknowledged a&amp;t:</translation>
    </message>
    <message>
        <source>签收人(&amp;B)：</source>
        <translation>Acknowledged &amp;by:</translation>
    </message>
</context>
<context>
    <name>ActionConflicts</name>
    <message>
        <source>督办事项</source>
        <translation>Follow-up item</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <source>协办单位</source>
        <translation>Co-organisations</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>完成期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>汇报周期（天）</source>
        <translation>Reporting cadence (days)</translation>
    </message>
</context>
<context>
    <name>ActionDetailDialog</name>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>汇报进展…</source>
        <translation>Report progress…</translation>
    </message>
    <message>
        <source>办结确认…</source>
        <translation>Sign off…</translation>
    </message>
    <message>
        <source>重新打开…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>撤销…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>催办…</source>
        <translation>Chase…</translation>
    </message>
    <message>
        <source>佐证材料…</source>
        <translation>Evidence…</translation>
    </message>
    <message>
        <source>查看、添加选中汇报的佐证材料（照片、扫描件等）</source>
        <translation>View or add evidence for the selected report (photos, scans…)</translation>
    </message>
    <message>
        <source>办理记录</source>
        <translation>History</translation>
    </message>
    <message>
        <source>无法打开督办事项</source>
        <translation>Cannot open the follow-up item</translation>
    </message>
    <message>
        <source>督办事项 {id}</source>
        <translation>Follow-up item {id}</translation>
    </message>
    <message>
        <source>所属机制：</source>
        <translation>Mechanism:</translation>
    </message>
    <message>
        <source>来源会议：</source>
        <translation>Source meeting:</translation>
    </message>
    <message>
        <source>议定事项：</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>牵头单位：</source>
        <translation>Lead organisation:</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>协办单位：</source>
        <translation>Co-organisations:</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>责任人：</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>完成期限：</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>未设定</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>汇报周期：</source>
        <translation>Reporting cadence:</translation>
    </message>
    <message>
        <source>每 {n} 天</source>
        <translation>every {n} days</translation>
    </message>
    <message>
        <source>不要求定期汇报</source>
        <translation>no regular reports</translation>
    </message>
    <message>
        <source>办结/撤销：</source>
        <translation>Closed / withdrawn:</translation>
    </message>
    <message>
        <source>说明：</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>佐证材料：{day} {kind}</source>
        <translation>Evidence: {day} {kind}</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>新建督办事项</source>
        <translation>New follow-up item</translation>
    </message>
    <message>
        <source>编辑督办事项</source>
        <translation>Edit follow-up item</translation>
    </message>
    <message>
        <source>所属机制(&amp;B)：</source>
        <translation>&amp;Mechanism:</translation>
    </message>
    <message>
        <source>督办事项(&amp;T)：</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>说明：</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>牵头单位(&amp;L)：</source>
        <translation>&amp;Lead organisation:</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>协办单位：</source>
        <translation>Co-organisations:</translation>
    </message>
    <message>
        <source>责任人(&amp;O)：</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>完成期限(&amp;D)：</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>设定期限</source>
        <translation>Set a due date</translation>
    </message>
    <message>
        <source>优先级：</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>汇报周期：</source>
        <translation>Reporting cadence:</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>不要求定期汇报</source>
        <translation>no regular reports</translation>
    </message>
    <message>
        <source>记录处置措施：{number}</source>
        <translation>Record action: {number}</translation>
    </message>
    <message>
        <source>类别(&amp;K)：</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>时间(&amp;T)：</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>处置情况(&amp;W)：</source>
        <translation>&amp;What was done:</translation>
    </message>
    <message>
        <source>如：区人社局劳动监察大队到场核查工资发放情况</source>
        <translation>e.g. the labour inspectors checked the wage records on site</translation>
    </message>
</context>
<context>
    <name>ActionFilterBar</name>
    <message>
        <source>本年</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>仅牵头</source>
        <translation>Lead only</translation>
    </message>
    <message>
        <source>按完成期限筛选</source>
        <translation>Filter by due date</translation>
    </message>
    <message>
        <source>按事项、牵头单位或责任人筛选</source>
        <translation>Filter by title, lead organisation or owner</translation>
    </message>
    <message>
        <source>按工作日计算</source>
        <translation>Count working days</translation>
    </message>
    <message>
        <source>逾期天数和临期提醒按工作日计算（扣除法定节假日，计入调休上班日）</source>
        <translation>Count days late and due soon in working days (public holidays excluded, make-up working days included)</translation>
    </message>
    <message>
        <source>取消看板条件</source>
        <translation>Drop dashboard condition</translation>
    </message>
    <message>
        <source>机制</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>期限从</source>
        <translation>Due from</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>全部机制</source>
        <translation>All mechanisms</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>全部责任人</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>立项于 {first} 至 {last}</source>
        <translation>opened {first} to {last}</translation>
    </message>
    <message>
        <source>办结于 {first} 至 {last}</source>
        <translation>closed {first} to {last}</translation>
    </message>
    <message>
        <source>看板条件：{parts}</source>
        <translation>Dashboard condition: {parts}</translation>
    </message>
</context>
<context>
    <name>ActionImportDialog</name>
    <message>
        <source>导入督办台账</source>
        <translation>Import follow-up ledger</translation>
    </message>
    <message>
        <source>请选择 .xlsx 或 .csv 文件</source>
        <translation>Choose an .xlsx or .csv file</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>（按文件中的“机制”列）</source>
        <translation>(from the file&apos;s mechanism column)</translation>
    </message>
    <message>
        <source>跳过被拒绝的行并导入其余</source>
        <translation>Skip rejected rows and import the rest</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>未填机制的行归入：</source>
        <translation>Rows without a mechanism go to:</translation>
    </message>
    <message>
        <source>无法导入该文件</source>
        <translation>Cannot import this file</translation>
    </message>
    <message>
        <source>正在读取督办台账…</source>
        <translation>Reading the follow-up ledger…</translation>
    </message>
    <message>
        <source>选择台账文件后，这里列出每一行将如何处理；确认后才会写入。</source>
        <translation>Once you choose a ledger file, every row and what will happen to it is listed here; nothing is written until you confirm.</translation>
    </message>
    <message>
        <source>将导入 {ok} 项，拒绝 {bad} 行（表头在第 {header} 行）。</source>
        <translation>{ok} items will be imported, {bad} rows rejected (header in row {header}).</translation>
    </message>
    <message>
        <source>选择督办台账</source>
        <translation>Choose an follow-up ledger</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>正在导入督办事项…</source>
        <translation>Importing follow-up items…</translation>
    </message>
    <message>
        <source>没有写入任何数据。</source>
        <translation>Nothing was written.</translation>
    </message>
</context>
<context>
    <name>ActionListPage</name>
    <message>
        <source>督办事项</source>
        <translation>Follow-up items</translation>
    </message>
    <message>
        <source>新建…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>详情…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>汇报进展…</source>
        <translation>Report progress…</translation>
    </message>
    <message>
        <source>办结确认…</source>
        <translation>Sign off…</translation>
    </message>
    <message>
        <source>重新打开…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>撤销…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>催办…</source>
        <translation>Chase…</translation>
    </message>
    <message>
        <source>批量改派…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <source>调整期限…</source>
        <translation>Change due date…</translation>
    </message>
    <message>
        <source>导出当前列表…</source>
        <translation>Export this list…</translation>
    </message>
    <message>
        <source>导入台账…</source>
        <translation>Import ledger…</translation>
    </message>
    <message>
        <source>报表…</source>
        <translation>Reports…</translation>
    </message>
    <message>
        <source>共 {n} 项</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <source>显示 {shown} 项（共 {n} 项）</source>
        <translation>Showing {shown} of {n} items</translation>
    </message>
    <message>
        <source>导出当前列表</source>
        <translation>Export this list</translation>
    </message>
    <message>
        <source>督办事项.xlsx</source>
        <translation>action-items.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件（UTF-8）(*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (UTF-8) (*.csv)</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>机制</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>督办事项</source>
        <translation>Follow-up item</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>完成期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>逾期天数</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>汇报</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>汇报逾期</source>
        <translation>Late</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>调整预警级别：{name}</source>
        <translation>Change warning level: {name}</translation>
    </message>
    <message>
        <source>当前级别：</source>
        <translation>Current level:</translation>
    </message>
    <message>
        <source>新级别(&amp;L)：</source>
        <translation>New &amp;level:</translation>
    </message>
    <message>
        <source>理由(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>AdvanceDialog</name>
    <message>
        <source>推进阶段：{number}</source>
        <translation>Advance stage: {number}</translation>
    </message>
    <message>
        <source>当前阶段：</source>
        <translation>Current stage:</translation>
    </message>
    <message>
        <source>推进到(&amp;S)：</source>
        <translation>Move on &amp;to:</translation>
    </message>
    <message>
        <source>日期(&amp;D)：</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>经办人：</source>
        <translation>Handler:</translation>
    </message>
    <message>
        <source>说明(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>调解会(&amp;M)：</source>
        <translation>Mediation &amp;hearing:</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>劳动争议三方调处机制前后60日内的会议；在会议日历中新建调解会后可在此选择</source>
        <translation>Meetings of the dispute body within 60 days; create the hearing in the meeting calendar, then choose it here</translation>
    </message>
    <message>
        <source>协议内容(&amp;T)：</source>
        <translation>Agreement &amp;terms:</translation>
    </message>
    <message>
        <source>履行期限(&amp;B)：</source>
        <translation>Perform &amp;by:</translation>
    </message>
    <message>
        <source>履行方式、地点：</source>
        <translation>How and where performed:</translation>
    </message>
    <message>
        <source>未达成金额的留空</source>
        <translation>leave empty if no amount was agreed</translation>
    </message>
    <message>
        <source>协议金额（元）：{claim}</source>
        <translation>Amount agreed (yuan): {claim}</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>编辑议题</source>
        <translation>Edit Topic</translation>
    </message>
    <message>
        <source>添加议题</source>
        <translation>Add Topic</translation>
    </message>
    <message>
        <source>议题(&amp;T)：</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>汇报人(&amp;P)：</source>
        <translation>&amp;Presenter:</translation>
    </message>
    <message>
        <source>计划用时(&amp;M)：</source>
        <translation>Planned &amp;duration:</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>说明(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>议题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>汇报人</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>计划用时（分钟）</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>添加议题…</source>
        <translation>Add Topic…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <source>材料…</source>
        <translation>Materials…</translation>
    </message>
    <message>
        <source>查看、添加选中议题的会议材料</source>
        <translation>View or add materials for the selected topic</translation>
    </message>
    <message>
        <source>插入上次会议议定事项落实情况</source>
        <translation>Insert Progress on Previous Decisions</translation>
    </message>
    <message>
        <source>从模板添加</source>
        <translation>Add from Template</translation>
    </message>
    <message>
        <source>保存为模板</source>
        <translation>Save as Template</translation>
    </message>
    <message>
        <source>议程计划用时 {total} 分钟，超过会议时长 {length} 分钟（超出 {over} 分钟），请压缩议程或延长会议。</source>
        <translation>The agenda is planned at {total} minutes, longer than the {length}-minute meeting (by {over} minutes). Shorten the agenda or extend the meeting.</translation>
    </message>
    <message>
        <source>议程计划用时 {total} 分钟，会议时长 {length} 分钟。</source>
        <translation>Agenda planned at {total} minutes; meeting length {length} minutes.</translation>
    </message>
    <message>
        <source>无法添加议题</source>
        <translation>Cannot Add Topic</translation>
    </message>
    <message>
        <source>无法保存议题</source>
        <translation>Cannot Save Topic</translation>
    </message>
    <message>
        <source>无法调整议程顺序</source>
        <translation>Cannot Reorder the Agenda</translation>
    </message>
    <message>
        <source>请确认</source>
        <translation>Please Confirm</translation>
    </message>
    <message>
        <source>确定从议程中删除“{title}”吗？</source>
        <translation>Delete &quot;{title}&quot; from the agenda?</translation>
    </message>
    <message>
        <source>无法删除议题</source>
        <translation>Cannot Delete Topic</translation>
    </message>
    <message>
        <source>议题材料：{title}</source>
        <translation>Topic materials: {title}</translation>
    </message>
    <message>
        <source>无法插入</source>
        <translation>Cannot Insert</translation>
    </message>
    <message>
        <source>无法添加模板议程</source>
        <translation>Cannot Add Template Agenda</translation>
    </message>
    <message>
        <source>用本次会议的 {n} 项议程替换本机制的议程模板吗？</source>
        <translation>Replace this mechanism&apos;s agenda template with the {n} agenda items of this meeting?</translation>
    </message>
    <message>
        <source>无法保存模板</source>
        <translation>Cannot Save Template</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>无法延展周期会议</source>
        <translation>Cannot extend recurring meetings</translation>
    </message>
    <message>
        <source>周期会议未能延展：{reason}</source>
        <translation>Recurring meetings could not be extended: {reason}</translation>
    </message>
    <message>
        <source>正在延展周期会议…</source>
        <translation>Extending recurring meetings…</translation>
    </message>
    <message>
        <source>已清理 {n} 个残留的备份文件（中断的备份或升级留下的）。</source>
        <translation>Removed {n} leftover backup files (from interrupted backups or upgrades).</translation>
    </message>
    <message>
        <source>自动备份失败</source>
        <translation>Automatic backup failed</translation>
    </message>
    <message>
        <source>今天的自动备份未能完成：{reason}</source>
        <translation>Today&apos;s automatic backup could not be made: {reason}</translation>
    </message>
    <message>
        <source>正在自动备份…</source>
        <translation>Backing up automatically…</translation>
    </message>
    <message>
        <source>退出时的自动备份失败：{reason}</source>
        <translation>The automatic backup on exit failed: {reason}</translation>
    </message>
    <message>
        <source>无法保存身份</source>
        <translation>Could not save your identity</translation>
    </message>
    <message>
        <source>身份只在本次使用中有效：{reason}</source>
        <translation>Your identity applies to this session only: {reason}</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Could not open the database</translation>
    </message>
    <message>
        <source>数据库位置不安全</source>
        <translation>Unsafe database location</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>分配负责单位</source>
        <translation>Assign responsible unit</translation>
    </message>
    <message>
        <source>负责单位或人员(&amp;R)：</source>
        <translation>&amp;Responsible unit or person:</translation>
    </message>
    <message>
        <source>已选 {n} 家企业</source>
        <translation>{n} enterprises selected</translation>
    </message>
</context>
<context>
    <name>AttachmentSettingsDialog</name>
    <message>
        <source>附件设置</source>
        <translation>Attachment settings</translation>
    </message>
    <message>
        <source>单个文件上限</source>
        <translation>Largest file</translation>
    </message>
    <message>
        <source>一封邮件所带附件上限</source>
        <translation>Attachments per e-mail, at most</translation>
    </message>
    <message>
        <source>超过单个文件上限的文件不能添加。邀请和纪要分发邮件所带附件超过邮件上限时，邮件只列出附件名称。设置保存在本机当前用户的配置文件夹中，命令行同样适用。</source>
        <translation>A file larger than the file limit cannot be attached. When the attachments of an invitation or a minutes distribution exceed the e-mail limit, the message lists them by name instead. The settings are kept in this user&apos;s configuration folder on this computer and apply to the command line too.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>无法添加附件</source>
        <translation>Cannot add the attachment</translation>
    </message>
    <message>
        <source>正在添加 {n} 个附件…</source>
        <translation>Adding {n} attachments…</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>{n} 字节</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>添加时间</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>添加人</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>{name}
{size}，SHA-256 {sha}</source>
        <translation>{name}
{size}, SHA-256 {sha}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>请先保存，再添加附件。</source>
        <extracomment>The topic under which each kind of target is announced besides Topic.ATTACHMENTS.</extracomment>
        <translation>Save first, then add attachments.</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>只能查看，不能更改。</source>
        <translation>Read only.</translation>
    </message>
    <message>
        <source>共 {n} 个文件，{size}。</source>
        <translation>{n} files, {size}.</translation>
    </message>
    <message>
        <source>可以把文件从文件管理器拖到这里；每个文件不超过 {limit} MB。</source>
        <translation>You can drag files here from the file manager; at most {limit} MB each.</translation>
    </message>
    <message>
        <source>无法添加附件</source>
        <translation>Cannot add the attachment</translation>
    </message>
    <message>
        <source>“{name}”是文件夹，不能作为附件。请选择文件夹里的文件，或先把文件夹压缩成一个文件。</source>
        <translation>&quot;{name}&quot; is a folder and cannot be attached. Choose the files inside it, or compress the folder into one file first.</translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <source>上一批文件还在添加，请稍候。</source>
        <translation>The previous files are still being added; please wait.</translation>
    </message>
    <message>
        <source>正在打开“{name}”…</source>
        <translation>Opening “{name}”…</translation>
    </message>
    <message>
        <source>无法打开附件</source>
        <translation>Cannot open the attachment</translation>
    </message>
    <message>
        <source>打开附件</source>
        <translation>Open attachment</translation>
    </message>
    <message>
        <source>系统没有可以打开“{name}”的程序。请用“另存为…”保存一份再打开。</source>
        <translation>No program on this computer opens &quot;{name}&quot;. Use Save As… to save a copy and open that.</translation>
    </message>
    <message>
        <source>另存附件</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <source>正在保存“{name}”…</source>
        <translation>Saving “{name}”…</translation>
    </message>
    <message>
        <source>无法保存附件</source>
        <translation>Cannot save the attachment</translation>
    </message>
    <message>
        <source>移除附件</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>确定移除附件“{name}”吗？</source>
        <translation>Remove the attachment &quot;{name}&quot;?</translation>
    </message>
    <message>
        <source>无法移除附件</source>
        <translation>Cannot remove the attachment</translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>出席情况</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>受委托人</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>回执</source>
        <translation>Reply</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>出席</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>请假</source>
        <translation>Apologies</translation>
    </message>
    <message>
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>委托…</source>
        <translation>Proxy…</translation>
    </message>
    <message>
        <source>全部出席</source>
        <translation>All Present</translation>
    </message>
    <message>
        <source>记录回执…</source>
        <translation>Record Reply…</translation>
    </message>
    <message>
        <source>法定人数：本机制不设要求（实到 {n} 人）</source>
        <translation>Quorum: not required for this mechanism ({n} present)</translation>
    </message>
    <message>
        <source>法定人数：已达到（实到 {n} 人）</source>
        <translation>Quorum: reached ({n} present)</translation>
    </message>
    <message>
        <source>法定人数：未达到，缺少：{sides}</source>
        <translation>Quorum: not reached; missing: {sides}</translation>
    </message>
    <message>
        <source>法定人数：未达到（应到 {expected} 人，实到 {present} 人，至少需要 {required} 人）</source>
        <translation>Quorum: not reached ({present} of {expected} present; at least {required} required)</translation>
    </message>
    <message>
        <source>无法记录出席情况</source>
        <translation>Cannot Record Attendance</translation>
    </message>
    <message>
        <source>委托出席</source>
        <translation>Attend by Proxy</translation>
    </message>
    <message>
        <source>{name}委托谁出席？（可从联系人中选择，或直接填写姓名）</source>
        <translation>Who attends as proxy for {name}? (Choose a contact or type a name.)</translation>
    </message>
    <message>
        <source>记录回执</source>
        <translation>Record Reply</translation>
    </message>
    <message>
        <source>回执：</source>
        <translation>Reply:</translation>
    </message>
    <message>
        <source>无法记录回执</source>
        <translation>Cannot Record Reply</translation>
    </message>
</context>
<context>
    <name>AttendeeTableModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>AttendeesEditor</name>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>添加本机制全部代表</source>
        <translation>Add All Representatives</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>（{side}代表）</source>
        <translation> ({side} representative)</translation>
    </message>
    <message>
        <source>无单位</source>
        <translation>No organisation</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>按字段、修改前后的值或操作人筛选</source>
        <translation>Filter by field, value or user</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>全部操作人</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>全部记录类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>没有符合条件的记录</source>
        <translation>No matching entries</translation>
    </message>
    <message>
        <source>第 {first}–{last} 条，共 {n} 条</source>
        <translation>{first}–{last} of {n}</translation>
    </message>
    <message>
        <source>选择一条记录查看每个字段的修改。</source>
        <translation>Select an entry to see each field&apos;s change.</translation>
    </message>
    <message>
        <source>{when}&#x3000;{user}&#x3000;{action}&#x3000;{record}</source>
        <translation>{when}  {user}  {action}  {record}</translation>
    </message>
    <message>
        <source>导出操作日志</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>操作日志.xlsx</source>
        <translation>audit-log.xlsx</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>无法导出操作日志</source>
        <translation>Cannot export the audit log</translation>
    </message>
    <message>
        <source>已导出 {n} 条操作日志：{path}</source>
        <translation>Exported {n} audit entries: {path}</translation>
    </message>
    <message>
        <source>正在导出操作日志…</source>
        <translation>Exporting the audit log…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>修改前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>修改后</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>BackupListDialog</name>
    <message>
        <source>恢复数据库</source>
        <translation>Restore Database</translation>
    </message>
    <message>
        <source>备份时间</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>纪要</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>督办事项</source>
        <translation>Follow-up items</translation>
    </message>
    <message>
        <source>无法读取</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>恢复所选备份</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <source>其他文件…</source>
        <translation>Other file…</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>通报…</source>
        <translation>Notify…</translation>
    </message>
    <message>
        <source>签收…</source>
        <translation>Acknowledge…</translation>
    </message>
    <message>
        <source>撤销通报</source>
        <translation>Undo notification</translation>
    </message>
    <message>
        <source>调整时限…</source>
        <translation>Change time limit…</translation>
    </message>
    <message>
        <source>已通报 {n}/{total} 家，超时 {late} 家，未签收 {waiting} 家。</source>
        <translation>Notified {n} of {total}; {late} late; {waiting} not acknowledged.</translation>
    </message>
    <message>
        <source>事件已结束，通报情况不能再修改。</source>
        <translation>The incident has ended; its notifications can no longer be changed.</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>撤销对{party}的通报记录（含签收记录）？仅用于更正误录。</source>
        <translation>Undo the notification of {party} (and its acknowledgement)? Only to correct a mistaken entry.</translation>
    </message>
    <message>
        <source>无法撤销通报</source>
        <translation>Cannot undo the notification</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>编辑机制：{name}</source>
        <translation>Edit Mechanism: {name}</translation>
    </message>
    <message>
        <source>名称(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>简称(&amp;S)：</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <source>简介(&amp;D)：</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>发文代字(&amp;C)：</source>
        <translation>Issuer &amp;code:</translation>
    </message>
    <message>
        <source>如 经开三方纪</source>
        <translation>e.g. 经开三方纪</translation>
    </message>
    <message>
        <source>会议节奏(&amp;R)：</source>
        <translation>Meeting &amp;frequency:</translation>
    </message>
    <message>
        <source>法定人数(&amp;Q)：</source>
        <translation>&amp;Quorum:</translation>
    </message>
</context>
<context>
    <name>BodyDialogs</name>
    <message>
        <source>成员单位</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>主任单位</source>
        <translation>Chair organisation</translation>
    </message>
    <message>
        <source>副主任单位</source>
        <translation>Vice-chair organisation</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <source>召集单位</source>
        <translation>Convening organisation</translation>
    </message>
    <message>
        <source>委员</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>联络员</source>
        <translation>Liaison officer</translation>
    </message>
    <message>
        <source>主任</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>副主任</source>
        <translation>Vice-chair</translation>
    </message>
</context>
<context>
    <name>BodyHeader</name>
    <message>
        <source>编辑机制…</source>
        <translation>Edit Mechanism…</translation>
    </message>
    <message>
        <source>会议节奏：</source>
        <translation>Meeting frequency:</translation>
    </message>
    <message>
        <source>发文代字：</source>
        <translation>Issuer code:</translation>
    </message>
    <message>
        <source>法定人数：</source>
        <translation>Quorum:</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(not set)</translation>
    </message>
</context>
<context>
    <name>BodyModels</name>
    <message>
        <source>（规则无效，请编辑）</source>
        <translation>(invalid rule, please edit)</translation>
    </message>
    <message>
        <source>各方均须有代表出席</source>
        <translation>Every side must be represented</translation>
    </message>
    <message>
        <source>出席人数须达到应出席人数的 {percent}% 以上</source>
        <translation>At least {percent}% of expected attendees must be present</translation>
    </message>
    <message>
        <source>不设法定人数要求</source>
        <translation>No quorum requirement</translation>
    </message>
</context>
<context>
    <name>BodyPage</name>
    <message>
        <source>预警信息</source>
        <extracomment>body key → register tabs: warnings for ``warning`` (cases for ``dispute`` and incidents for ``linkage`` join when their registers exist). Titles are translated when shown. A tab built from here may define ``show_body(key)``.</extracomment>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>工作台</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>机制信息与成员</source>
        <translation>Body details and members</translation>
    </message>
    <message>
        <source>无法打开会议纪要</source>
        <translation>Cannot Open Minutes</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>争议案件</source>
        <translation>Dispute cases</translation>
    </message>
    <message>
        <source>突发事件</source>
        <translation>Incidents</translation>
    </message>
</context>
<context>
    <name>CalendarChips</name>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>〔延期〕</source>
        <translation>[Postponed] </translation>
    </message>
    <message>
        <source>全天</source>
        <translation>All day</translation>
    </message>
    <message>
        <source> 全天</source>
        <translation> all day</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>日历（.ics）</source>
        <translation>Calendar (.ics)</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>发布文件夹</source>
        <translation>Publish folder</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CalendarMenu</name>
    <message>
        <source>导出日历(&amp;E)…</source>
        <translation>&amp;Export calendar…</translation>
    </message>
    <message>
        <source>把全部、某一机制、某人或某段日期的会议导出为 .ics 文件</source>
        <translation>Export the meetings of all bodies, one body, one person or a date range as an .ics file</translation>
    </message>
    <message>
        <source>导入日历(&amp;I)…</source>
        <translation>&amp;Import calendar…</translation>
    </message>
    <message>
        <source>从 Outlook、WPS、Thunderbird 或手机日历的 .ics 文件导入会议</source>
        <translation>Import meetings from an .ics file of Outlook, WPS, Thunderbird or a phone calendar</translation>
    </message>
    <message>
        <source>日历发布设置(&amp;P)…</source>
        <translation>Calendar &amp;publishing…</translation>
    </message>
    <message>
        <source>选择共享文件夹，程序在会议变化时自动更新其中的 .ics 文件</source>
        <translation>Choose a shared folder whose .ics files are updated whenever a meeting changes</translation>
    </message>
    <message>
        <source>日历(&amp;C)</source>
        <translation>&amp;Calendar</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>打开…</source>
        <translation>Open…</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>组织者名称</source>
        <translation>Organiser name</translation>
    </message>
    <message>
        <source>组织者邮箱</source>
        <translation>Organiser e-mail</translation>
    </message>
    <message>
        <source>会前提醒</source>
        <translation>Reminder before</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>不提醒</source>
        <translation>No reminder</translation>
    </message>
    <message>
        <source>（不发布）</source>
        <translation>(not published)</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>发布文件夹</source>
        <translation>Publish folder</translation>
    </message>
    <message>
        <source>组织者邮箱写入导出和发布的日历文件，参会人的答复会发到这个地址。</source>
        <translation>The organiser e-mail goes into exported and published calendar files; participants&apos; replies are sent to this address.</translation>
    </message>
    <message>
        <source>选择日历发布文件夹</source>
        <translation>Choose the calendar publish folder</translation>
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <source>上一页（PageUp）</source>
        <translation>Previous (Page Up)</translation>
    </message>
    <message>
        <source>下一页（PageDown）</source>
        <translation>Next (Page Down)</translation>
    </message>
    <message>
        <source>今天(&amp;T)</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>列表</source>
        <translation>List</translation>
    </message>
    <message>
        <source>新建会议…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>节假日…</source>
        <translation>Holidays…</translation>
    </message>
    <message>
        <source>全部机制</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <source>{d}日</source>
        <translation>{d}</translation>
    </message>
    <message>
        <source>{m}月{d}日</source>
        <translation>{m}/{d}</translation>
    </message>
    <message>
        <source>{y}年{m}月{d}日 – {end}</source>
        <translation>{m}/{d}/{y} – {end}</translation>
    </message>
    <message>
        <source>{y}年{m}月</source>
        <translation>{m}/{y}</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>新建排查</source>
        <translation>New screening</translation>
    </message>
    <message>
        <source>排查名称(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>如 {year}年春节前欠薪排查</source>
        <translation>e.g. Wage arrears screening before the {year} Spring Festival</translation>
    </message>
    <message>
        <source>开始日期(&amp;F)：</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>结束日期(&amp;L)：</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>园区/街道(&amp;P)：</source>
        <translation>&amp;Park / street:</translation>
    </message>
    <message>
        <source>全部园区/街道</source>
        <translation>All parks / streets</translation>
    </message>
    <message>
        <source>只排查未建会的企业(&amp;U)</source>
        <translation>Only enterprises without a &amp;union</translation>
    </message>
    <message>
        <source>职工人数多于(&amp;W)：</source>
        <translation>More than this many &amp;workers:</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>any</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>排查名称</source>
        <translation>Screening name</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>已排查</source>
        <translation>Screened</translation>
    </message>
    <message>
        <source>有问题</source>
        <translation>Issues</translation>
    </message>
</context>
<context>
    <name>CaseClockModel</name>
    <message>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>用人单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>剩余天数</source>
        <translation>Days left</translation>
    </message>
</context>
<context>
    <name>CaseClocksPart</name>
    <message>
        <source>案件期限临近（{n}日内到期或已超期）</source>
        <translation>Case clocks due soon (within {n} days or passed)</translation>
    </message>
    <message>
        <source>没有临近或超期的案件期限。</source>
        <translation>No case clock is due soon or passed.</translation>
    </message>
    <message>
        <source>{n} 项期限临近，其中已超期 {passed} 项。点击一行打开案件。</source>
        <translation>{n} clocks due soon, {passed} of them passed. Click a line to open the case.</translation>
    </message>
</context>
<context>
    <name>CaseConflicts</name>
    <message>
        <source>用人单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>争议类别</source>
        <translation>Dispute category</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>调解组织</source>
        <translation>Mediation body</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>知道权利被侵害之日</source>
        <translation>Date the infringement became known</translation>
    </message>
    <message>
        <source>劳动关系存续期间拖欠劳动报酬</source>
        <translation>Wage arrears during the employment</translation>
    </message>
    <message>
        <source>涉及职工人数</source>
        <translation>Workers affected</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>请求事项</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>争议事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>事实与理由</source>
        <translation>Facts and reasons</translation>
    </message>
    <message>
        <source>口头申请</source>
        <translation>Oral application</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>代表</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>显示完整号码</source>
        <translation>Show full numbers</translation>
    </message>
    <message>
        <source>请求事项</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>请求金额（元）</source>
        <translation>Amount claimed (yuan)</translation>
    </message>
    <message>
        <source>协议金额（元）</source>
        <translation>Amount agreed (yuan)</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>起算日</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>末日</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>调整</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>撤销所选调整…</source>
        <translation>Remove selected adjustment…</translation>
    </message>
    <message>
        <source>选择一个案件查看详情。</source>
        <translation>Select a case to see its details.</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>延期与中止</source>
        <translation>Extensions and pauses</translation>
    </message>
    <message>
        <source>案件信息</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>办理经过</source>
        <translation>History</translation>
    </message>
    <message>
        <source>卷宗与证据</source>
        <translation>Case file and evidence</translation>
    </message>
    <message>
        <source>已显示完整号码（已记入审计日志）</source>
        <translation>Full numbers shown (written to the audit log)</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>用人单位：</source>
        <translation>Employer:</translation>
    </message>
    <message>
        <source>受理日期：{day}</source>
        <translation>Received: {day}</translation>
    </message>
    <message>
        <source>类别：{category}</source>
        <translation>Category: {category}</translation>
    </message>
    <message>
        <source>来源：{source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>调解组织：{body}</source>
        <translation>Mediation body: {body}</translation>
    </message>
    <message>
        <source>调解员：{name}</source>
        <translation>Mediator: {name}</translation>
    </message>
    <message>
        <source>未指定</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>集体争议，涉及职工{n}人</source>
        <translation>Collective dispute, {n} workers</translation>
    </message>
    <message>
        <source>涉及职工{n}人</source>
        <translation>{n} workers</translation>
    </message>
    <message>
        <source>知道权利被侵害之日：{day}</source>
        <translation>Knew of the infringement on: {day}</translation>
    </message>
    <message>
        <source>劳动关系存续期间拖欠劳动报酬（不受一年仲裁时效限制）</source>
        <translation>Wage arrears during employment (not bound by the one-year limitation)</translation>
    </message>
    <message>
        <source>口头申请</source>
        <translation>Oral application</translation>
    </message>
    <message>
        <source>争议事项：{text}</source>
        <translation>Matter in dispute: {text}</translation>
    </message>
    <message>
        <source>事实与理由：{text}</source>
        <translation>Facts and reasons: {text}</translation>
    </message>
    <message>
        <source>已延期{n}日</source>
        <translation>Extended by {n} days</translation>
    </message>
    <message>
        <source>（本阶段没有计算中的期限）</source>
        <translation>(no clock runs at this stage)</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>{n}日</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>中止</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>{day}起，中止中</source>
        <translation>paused since {day}</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>关联预警：&lt;a href=&apos;warning:{id}&apos;&gt;预警 {id}（查看）&lt;/a&gt;</source>
        <translation>Linked warning: &lt;a href=&apos;warning:{id}&apos;&gt;warning {id} (view)&lt;/a&gt;</translation>
    </message>
    <message>
        <source>调解协议（{day}生效）：{terms}</source>
        <translation>Mediation agreement (in force from {day}): {terms}</translation>
    </message>
    <message>
        <source>履行期限：{day}&#x3000;履行方式、地点：{how}</source>
        <translation>Perform by: {day}&#x3000;How and where: {how}</translation>
    </message>
    <message>
        <source>（未写明）</source>
        <translation>(not stated)</translation>
    </message>
</context>
<context>
    <name>CaseFilePanel</name>
    <message>
        <source>必备</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>按需</source>
        <translation>As needed</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>已有</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>标记已有(&amp;M)…</source>
        <translation>&amp;Mark as held…</translation>
    </message>
    <message>
        <source>取消标记(&amp;U)</source>
        <translation>&amp;Unmark</translation>
    </message>
    <message>
        <source>选择一个案件后可添加证据材料。</source>
        <translation>Select a case to add evidence.</translation>
    </message>
    <message>
        <source>卷宗材料</source>
        <translation>Case file documents</translation>
    </message>
    <message>
        <source>证据材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>选择一个案件查看其卷宗。</source>
        <translation>Select a case to see its case file.</translation>
    </message>
    <message>
        <source>缺少必备材料：{names}</source>
        <translation>Required documents missing: {names}</translation>
    </message>
    <message>
        <source>必备材料齐全，可以归档。</source>
        <translation>All required documents are held; the case can be archived.</translation>
    </message>
    <message>
        <source>无法标记卷宗材料</source>
        <translation>Cannot mark the document</translation>
    </message>
    <message>
        <source>无法取消标记</source>
        <translation>Cannot unmark the document</translation>
    </message>
</context>
<context>
    <name>CaseIntakeDialog</name>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>代表</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>输入企业名称或代码查找</source>
        <translation>Type an enterprise name or code</translation>
    </message>
    <message>
        <source>新增企业</source>
        <translation>New enterprise</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <source>统一社会信用代码（可暂不填）</source>
        <translation>Unified social credit code (may be left blank)</translation>
    </message>
    <message>
        <source>修改案件：{number}</source>
        <translation>Edit case: {number}</translation>
    </message>
    <message>
        <source>受理登记</source>
        <translation>Register a case</translation>
    </message>
    <message>
        <source>用人单位(&amp;E)：</source>
        <translation>&amp;Employer:</translation>
    </message>
    <message>
        <source>受理日期(&amp;D)：</source>
        <translation>&amp;Received:</translation>
    </message>
    <message>
        <source>争议类别(&amp;C)：</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>来源：</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>调解组织：</source>
        <translation>Mediation body:</translation>
    </message>
    <message>
        <source>调解员：</source>
        <translation>Mediator:</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>知道权利被侵害之日：</source>
        <translation>Knew of the infringement on:</translation>
    </message>
    <message>
        <source>劳动关系存续期间拖欠劳动报酬（不受一年仲裁时效限制）</source>
        <translation>Wage arrears during employment (not bound by the one-year limitation)</translation>
    </message>
    <message>
        <source>涉及职工人数(&amp;W)：</source>
        <translation>&amp;Workers affected:</translation>
    </message>
    <message>
        <source>当事人(&amp;P)：</source>
        <translation>&amp;Parties:</translation>
    </message>
    <message>
        <source>请求事项(&amp;Q)：</source>
        <translation>Claims (&amp;Q):</translation>
    </message>
    <message>
        <source>争议事项：</source>
        <translation>Matter in dispute:</translation>
    </message>
    <message>
        <source>事实与理由：</source>
        <translation>Facts and reasons:</translation>
    </message>
    <message>
        <source>口头申请（由调解组织记录，当事人签名确认）</source>
        <translation>Oral application (recorded by the mediation body, signed by the applicant)</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>添加当事人</source>
        <translation>Add party</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>请求事项</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>添加请求</source>
        <translation>Add claim</translation>
    </message>
    <message>
        <source>集体争议（{n}人及以上）：请在当事人表中填写职工推举的代表，身份选“代表”。</source>
        <translation>Collective dispute ({n} or more workers): enter the representatives the workers chose in the parties table, with the role &quot;Representative&quot;.</translation>
    </message>
</context>
<context>
    <name>CaseReportDialog</name>
    <message>
        <source>案件统计报表</source>
        <translation>Case statistics</translation>
    </message>
    <message>
        <source>Excel 工作簿（.xlsx，含案件清单）</source>
        <translation>Excel workbook (.xlsx, with the case list)</translation>
    </message>
    <message>
        <source>Word 文档（.docx，公文版式）</source>
        <translation>Word document (.docx, official layout)</translation>
    </message>
    <message>
        <source>导出(&amp;E)…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>受理日期从(&amp;F)：</source>
        <translation>Received &amp;from:</translation>
    </message>
    <message>
        <source>至(&amp;T)：</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <source>格式：</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>统计受理日期在此期间内的案件；报表中的身份证号码和电话均已隐去中间位。</source>
        <translation>Counts the cases received in this period; ID and phone numbers in the report are masked.</translation>
    </message>
    <message>
        <source>开始日期晚于结束日期。</source>
        <translation>The start is later than the end.</translation>
    </message>
    <message>
        <source>案件统计{first}至{last}</source>
        <translation>case-statistics-{first}-to-{last}</translation>
    </message>
    <message>
        <source>导出案件统计报表</source>
        <translation>Export case statistics</translation>
    </message>
    <message>
        <source>无法导出报表</source>
        <translation>Cannot export the report</translation>
    </message>
    <message>
        <source>正在导出案件统计报表…</source>
        <translation>Exporting the case statistics…</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>已导出 {n} 件案件的统计：{path}</source>
        <translation>Statistics of {n} cases exported: {path}</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>确认劳动关系</source>
        <extracomment>Short names of the Art. 2 categories for the list (the full name is the tooltip and the detail).</extracomment>
        <translation>Employment relationship</translation>
    </message>
    <message>
        <source>劳动合同</source>
        <translation>Employment contract</translation>
    </message>
    <message>
        <source>除名辞退离职</source>
        <translation>Dismissal and resignation</translation>
    </message>
    <message>
        <source>工时休假社保</source>
        <translation>Hours, leave, insurance</translation>
    </message>
    <message>
        <source>劳动报酬</source>
        <translation>Pay and compensation</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>已中止</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>剩{n}日</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>已超期{n}日</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>（暂定）</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>用人单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>调解会</source>
        <translation>Hearing</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>无法保存</source>
        <extracomment>D2&apos;s dialogs, each built as ``X(workspace, parent)``: (module, class), shown when the module exists.</extracomment>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>中止</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>撤销调整</source>
        <translation>Remove adjustment</translation>
    </message>
    <message>
        <source>撤销这次{kind}（{reason}）？期限将按撤销后的情况重新计算，记录保留并注明已撤销。</source>
        <translation>Remove this {kind} ({reason})? The clock is recomputed without it; the record is kept and marked as removed.</translation>
    </message>
    <message>
        <source>无法撤销</source>
        <translation>Cannot remove</translation>
    </message>
    <message>
        <source>无法显示完整号码</source>
        <translation>Cannot show the full numbers</translation>
    </message>
    <message>
        <source>已显示{number}当事人的完整号码；此操作已记入审计日志。</source>
        <translation>Full numbers of the parties of {number} are shown; this was written to the audit log.</translation>
    </message>
    <message>
        <source>提出预警</source>
        <translation>Raise a warning</translation>
    </message>
    <message>
        <source>为“{employer}”提出一条劳资矛盾预警建议（待签发），并与案件{number}关联？</source>
        <translation>Raise a labour-conflict warning suggestion (to be issued) for &quot;{employer}&quot; and link it to case {number}?</translation>
    </message>
    <message>
        <source>无法提出预警</source>
        <translation>Cannot raise the warning</translation>
    </message>
    <message>
        <source>已提出预警建议（编号 {id}），请到“预警信息”签发。</source>
        <translation>Warning suggestion raised (id {id}); issue it under Warnings.</translation>
    </message>
    <message>
        <source>导出文书</source>
        <translation>Export document</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>无法导出文书</source>
        <translation>Cannot export the document</translation>
    </message>
    <message>
        <source>已导出{title}：{path}</source>
        <translation>{title} exported: {path}</translation>
    </message>
    <message>
        <source>受理登记…</source>
        <translation>Register a case…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>推进…</source>
        <translation>Advance…</translation>
    </message>
    <message>
        <source>延期…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <source>中止…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <source>结束中止…</source>
        <translation>End pause…</translation>
    </message>
    <message>
        <source>提出预警…</source>
        <translation>Raise a warning…</translation>
    </message>
    <message>
        <source>转为突发事件…</source>
        <translation>Open an incident…</translation>
    </message>
    <message>
        <source>期限计算器…</source>
        <translation>Deadline calculator…</translation>
    </message>
    <message>
        <source>期限规则…</source>
        <translation>Clock rules…</translation>
    </message>
    <message>
        <source>调解员名册…</source>
        <translation>Mediator roster…</translation>
    </message>
    <message>
        <source>统计报表…</source>
        <translation>Statistics…</translation>
    </message>
    <message>
        <source>争议案件</source>
        <translation>Dispute cases</translation>
    </message>
    <message>
        <source>按案号、用人单位、申请人或调解员查找</source>
        <translation>Find by case number, employer, applicant or mediator</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>延期/中止</source>
        <translation>Extend / pause</translation>
    </message>
    <message>
        <source>共 {n} 件</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <source>显示 {shown} 件，共 {n} 件</source>
        <translation>Showing {shown} of {n} cases</translation>
    </message>
    <message>
        <source>无法打开企业档案</source>
        <translation>Cannot open the enterprise dossier</translation>
    </message>
</context>
<context>
    <name>ChangeTableModel</name>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>修改前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>修改后</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>ChaseDialog</name>
    <message>
        <source>催办：{title}</source>
        <translation>Chase: {title}</translation>
    </message>
    <message>
        <source>生成催办单（.docx，公文格式）</source>
        <translation>Write a chase letter (.docx, official layout)</translation>
    </message>
    <message>
        <source>生成催办邮件（.eml，收件人：{to}）</source>
        <translation>Write a chase e-mail (.eml, to: {to})</translation>
    </message>
    <message>
        <source>未登记邮箱，请在邮件中填写</source>
        <translation>no address on file, fill it in the mail</translation>
    </message>
    <message>
        <source>发件人邮箱：</source>
        <translation>Sender address:</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>保存到文件夹：</source>
        <translation>Save to folder:</translation>
    </message>
    <message>
        <source>选择保存催办文件的文件夹</source>
        <translation>Choose the folder for the chase files</translation>
    </message>
</context>
<context>
    <name>ClockRulesDialog</name>
    <message>
        <source>日</source>
        <translation>days</translation>
    </message>
    <message>
        <source>个月</source>
        <translation>months</translation>
    </message>
    <message>
        <source>年</source>
        <translation>years</translation>
    </message>
    <message>
        <source>顺延</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>不顺延</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>已核实</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>未核实</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>本单位修改</source>
        <translation>Changed by this office</translation>
    </message>
    <message>
        <source>默认</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>计算方法</source>
        <translation>How it counts</translation>
    </message>
    <message>
        <source>法律依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>核实</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>末日处理</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>最长延期</source>
        <translation>Max. extension</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>期限规则</source>
        <translation>Clock rules</translation>
    </message>
    <message>
        <source>修改(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>恢复默认(&amp;D)</source>
        <translation>Restore &amp;default</translation>
    </message>
    <message>
        <source>期间按民法典第二百零一条至第二百零三条计算：起算当日不计入；按年、月计算的，到期月的对应日为最后一日，没有对应日的为该月末日；“顺延”的规则，最后一日为休息日的顺延至下一工作日。</source>
        <translation>Periods are counted as the Civil Code, Arts. 201–203, says: the starting day is not counted; a period in years or months ends on the corresponding day of the last month, or on that month&apos;s last day where it has none; for rules that shift, a last day on a rest day moves to the next working day.</translation>
    </message>
    <message>
        <source>无法保存期限规则</source>
        <translation>Cannot save the clock rule</translation>
    </message>
    <message>
        <source>恢复默认</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <source>把“{name}”恢复为程序的默认规则？本单位的修改将被删除。</source>
        <translation>Restore &quot;{name}&quot; to the program&apos;s default rule? This office&apos;s changes will be deleted.</translation>
    </message>
    <message>
        <source>无法恢复默认规则</source>
        <translation>Cannot restore the default rule</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>处置结束：{number}</source>
        <translation>End response: {number}</translation>
    </message>
    <message>
        <source>结束时间(&amp;T)：</source>
        <translation>Ended a&amp;t:</translation>
    </message>
    <message>
        <source>处置结果(&amp;S)：</source>
        <translation>Out&amp;come:</translation>
    </message>
    <message>
        <source>如：企业已足额支付拖欠工资，职工返岗，现场秩序恢复</source>
        <translation>e.g. the company paid the wages owed in full and the workers went back to work</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>保存冲突：{title}</source>
        <translation>Save conflict: {title}</translation>
    </message>
    <message>
        <source>保存冲突</source>
        <translation>Save conflict</translation>
    </message>
    <message>
        <source>保留我的内容</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>用我的内容保存，覆盖当前保存的内容</source>
        <translation>Save my values over the ones stored now</translation>
    </message>
    <message>
        <source>采用已保存的内容</source>
        <translation>Take the stored values</translation>
    </message>
    <message>
        <source>表单改为当前保存的内容，我的修改不保存</source>
        <translation>Refill the form with the stored values; my changes are not saved</translation>
    </message>
    <message>
        <source>复制我的内容</source>
        <translation>Copy mine</translation>
    </message>
    <message>
        <source>把我填写的全部内容复制到剪贴板</source>
        <translation>Copy everything I entered to the clipboard</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>回到表单，什么也不改</source>
        <translation>Back to the form, nothing changed</translation>
    </message>
    <message>
        <source>在您编辑期间，{who}已保存了此记录。</source>
        <translation>While you were editing, {who} saved this record.</translation>
    </message>
    <message>
        <source>在您编辑期间，此记录已被他人保存。</source>
        <translation>While you were editing, someone else saved this record.</translation>
    </message>
    <message>
        <source>标出的 {n} 项与您填写的不同。请选择保留哪一份内容。</source>
        <translation>The {n} marked fields differ from what you entered. Choose which values to keep.</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>我的内容</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>当前保存的内容</source>
        <translation>Stored now</translation>
    </message>
    <message>
        <source>不同</source>
        <translation>Differs</translation>
    </message>
    <message>
        <source>已把您填写的内容复制到剪贴板，可以粘贴到其他地方留存。</source>
        <translation>What you entered is on the clipboard: paste it anywhere to keep it.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Job Title</translation>
    </message>
    <message>
        <source>机制内职务</source>
        <translation>Mechanism Role</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>督办看板</source>
        <translation>Follow-up dashboard</translation>
    </message>
    <message>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>待确认办结</source>
        <translation>Awaiting sign-off</translation>
    </message>
    <message>
        <source>按机制</source>
        <translation>By mechanism</translation>
    </message>
    <message>
        <source>按牵头单位</source>
        <translation>By lead organisation</translation>
    </message>
    <message>
        <source>近12个月新增与办结</source>
        <translation>Opened and closed, last 12 months</translation>
    </message>
    <message>
        <source>办理时间最长的十项</source>
        <translation>Ten oldest open items</translation>
    </message>
    <message>
        <source>截至 {day}（北京时间）</source>
        <translation>As of {day} (Beijing time)</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>办结</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>DeadlineCalculatorDialog</name>
    <message>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>期限计算器</source>
        <translation>Deadline calculator</translation>
    </message>
    <message>
        <source>按规则</source>
        <translation>As the rule says</translation>
    </message>
    <message>
        <source>顺延（末日遇休息日顺延）</source>
        <translation>Shift (a last day on a rest day moves on)</translation>
    </message>
    <message>
        <source>不顺延（末日即期满日）</source>
        <translation>Exact (the last day stands)</translation>
    </message>
    <message>
        <source>期限规则(&amp;R)：</source>
        <translation>&amp;Rule:</translation>
    </message>
    <message>
        <source>起算日期(&amp;S)：</source>
        <translation>&amp;Start date:</translation>
    </message>
    <message>
        <source>末日处理(&amp;M)：</source>
        <translation>Last day &amp;handling:</translation>
    </message>
    <message>
        <source>最后一日：</source>
        <translation>Last day:</translation>
    </message>
    <message>
        <source>（末日为休息日，已顺延自 {day}）</source>
        <translation>(the last day was a rest day; shifted from {day})</translation>
    </message>
    <message>
        <source>暂定：该年节假日安排尚未录入</source>
        <translation>Provisional: that year&apos;s holiday schedule is not entered</translation>
    </message>
    <message>
        <source>自{start}起算。</source>
        <translation>Counted from {start}.</translation>
    </message>
    <message>
        <source>计算方法：{counts}。</source>
        <translation>How it counts: {counts}.</translation>
    </message>
    <message>
        <source>（依据未核实）</source>
        <translation>(legal basis not verified)</translation>
    </message>
</context>
<context>
    <name>DecisionActionDialog</name>
    <message>
        <source>转为督办事项</source>
        <translation>Turn into an action item</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>（暂不指定）</source>
        <translation>(not yet)</translation>
    </message>
    <message>
        <source>议定事项</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>完成期限</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>DecisionsEditor</name>
    <message>
        <source>会议议定</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>转为督办事项…</source>
        <translation>Turn into action item…</translation>
    </message>
    <message>
        <source>新的议定事项</source>
        <translation>New decision</translation>
    </message>
</context>
<context>
    <name>DeliveriesModel</name>
    <message>
        <source>收件人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>次数</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>如 2026年第一次双月沟通会</source>
        <translation>e.g. First Bimonthly Communication Meeting of 2026</translation>
    </message>
    <message>
        <source>全天</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>新建会议室…</source>
        <translation>New Room…</translation>
    </message>
    <message>
        <source>不在登记的会议室时填写，如 某企业三楼会议室</source>
        <translation>If not in a registered room, e.g. 3rd-floor meeting room at a company</translation>
    </message>
    <message>
        <source>机制(&amp;B)：</source>
        <translation>&amp;Mechanism:</translation>
    </message>
    <message>
        <source>会议名称(&amp;T)：</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>开始(&amp;S)：</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>结束(&amp;E)：</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>会议室(&amp;R)：</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <source>其他地点(&amp;L)：</source>
        <translation>Other &amp;location:</translation>
    </message>
    <message>
        <source>线上会议链接(&amp;U)：</source>
        <translation>Online meeting &amp;URL:</translation>
    </message>
    <message>
        <source>备注(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>（不使用登记的会议室）</source>
        <translation>(no registered room)</translation>
    </message>
</context>
<context>
    <name>DistributionPanel</name>
    <message>
        <source>附 .docx</source>
        <translation>Attach .docx</translation>
    </message>
    <message>
        <source>附 PDF</source>
        <translation>Attach PDF</translation>
    </message>
    <message>
        <source>发送邮件</source>
        <translation>Send e-mail</translation>
    </message>
    <message>
        <source>生成 .eml 文件…</source>
        <translation>Write .eml files…</translation>
    </message>
    <message>
        <source>重发失败的</source>
        <translation>Retry failed</translation>
    </message>
    <message>
        <source>标记为已发送</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <source>邮件服务器设置…</source>
        <translation>Mail server settings…</translation>
    </message>
    <message>
        <source>收件人（参会人员、主送和抄送单位）</source>
        <translation>Recipients (participants, addressed and copied organisations)</translation>
    </message>
    <message>
        <source>分发情况</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>发件服务器：{host}</source>
        <translation>Outgoing server: {host}</translation>
    </message>
    <message>
        <source>尚未设置邮件服务器：可生成 .eml 文件，用自己的邮件程序发送。</source>
        <translation>No mail server set up: write .eml files and send them from your own mail program.</translation>
    </message>
    <message>
        <source>分发失败</source>
        <translation>Distribution failed</translation>
    </message>
    <message>
        <source>正在分发会议纪要…</source>
        <translation>Distributing the minutes…</translation>
    </message>
    <message>
        <source>分发会议纪要</source>
        <translation>Distribute minutes</translation>
    </message>
    <message>
        <source>部分收件人发送失败</source>
        <translation>Some recipients failed</translation>
    </message>
    <message>
        <source>{n} 位收件人发送失败，其余已发送。可稍后点击“重发失败的”。</source>
        <translation>{n} recipient(s) failed; the others were sent. Use “Retry failed” later.</translation>
    </message>
    <message>
        <source>保存邮件文件的文件夹</source>
        <translation>Folder for the e-mail files</translation>
    </message>
    <message>
        <source>无法标记为已发送</source>
        <translation>Cannot mark as sent</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <source>调整完成期限（{n} 项）</source>
        <translation>Change due date ({n} items)</translation>
    </message>
    <message>
        <source>新的完成期限：</source>
        <translation>New due date:</translation>
    </message>
    <message>
        <source>设定期限</source>
        <translation>Set a due date</translation>
    </message>
</context>
<context>
    <name>EmployerPicker</name>
    <message>
        <source>{name}（新增企业）</source>
        <translation>{name} (new enterprise)</translation>
    </message>
</context>
<context>
    <name>EndPauseDialog</name>
    <message>
        <source>结束中止：{number}</source>
        <translation>End pause: {number}</translation>
    </message>
    <message>
        <source>中止最后一日(&amp;L)：</source>
        <translation>&amp;Last paused day:</translation>
    </message>
    <message>
        <source>期限自该日的次日起继续计算。</source>
        <translation>The clock runs again from the day after.</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
    <message>
        <source>编辑企业</source>
        <translation>Edit Enterprise</translation>
    </message>
    <message>
        <source>新建企业</source>
        <translation>New Enterprise</translation>
    </message>
    <message>
        <source>企业名称(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>统一社会信用代码(&amp;U)：</source>
        <translation>&amp;Unified credit code:</translation>
    </message>
    <message>
        <source>18位，如 91110302MA01ABCD2X</source>
        <translation>18 characters, e.g. 91110302MA01ABCD2X</translation>
    </message>
    <message>
        <source>地址(&amp;A)：</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>所属园区/街道(&amp;P)：</source>
        <translation>&amp;Park / street:</translation>
    </message>
    <message>
        <source>行业(&amp;I)：</source>
        <translation>&amp;Industry:</translation>
    </message>
    <message>
        <source>职工人数(&amp;W)：</source>
        <translation>&amp;Workers:</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>已建会</source>
        <translation>Has a union</translation>
    </message>
    <message>
        <source>已签订集体合同</source>
        <translation>Has a collective contract</translation>
    </message>
    <message>
        <source>联系人(&amp;C)：</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>联系电话(&amp;T)：</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>如 13812345678 或 010-67881234</source>
        <translation>e.g. 13812345678 or 010-67881234</translation>
    </message>
</context>
<context>
    <name>EnterpriseDossier</name>
    <message>
        <source>排查</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>负责单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>欠薪月数</source>
        <translation>Months of wage arrears</translation>
    </message>
    <message>
        <source>涉及职工</source>
        <translation>Workers affected</translation>
    </message>
    <message>
        <source>欠薪金额（元）</source>
        <translation>Wages owed (yuan)</translation>
    </message>
    <message>
        <source>社保欠缴月数</source>
        <translation>Months of social insurance arrears</translation>
    </message>
    <message>
        <source>拟裁减人数</source>
        <translation>Planned layoffs</translation>
    </message>
    <message>
        <source>排查人</source>
        <translation>Screened by</translation>
    </message>
    <message>
        <source>排查时间</source>
        <translation>Screened at</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>经办</source>
        <translation>By</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>未排查</source>
        <translation>Not screened</translation>
    </message>
    <message>
        <source>有问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>未发现问题</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <source>尚未参加排查</source>
        <translation>Not in any screening yet</translation>
    </message>
    <message>
        <source>没有预警记录</source>
        <translation>No warnings</translation>
    </message>
    <message>
        <source>（演练）</source>
        <translation> (drill)</translation>
    </message>
    <message>
        <source>至 {day}</source>
        <translation>until {day}</translation>
    </message>
</context>
<context>
    <name>EnterpriseImportDialog</name>
    <message>
        <source>导入企业名录</source>
        <translation>Import Enterprise Register</translation>
    </message>
    <message>
        <source>请选择 .xlsx 或 .csv 文件</source>
        <translation>Choose an .xlsx or .csv file</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>跳过被拒绝的行并导入其余</source>
        <translation>Skip rejected rows and import the rest</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>无法导入该文件</source>
        <translation>Cannot import this file</translation>
    </message>
    <message>
        <source>正在读取企业名录文件…</source>
        <translation>Reading the enterprise file…</translation>
    </message>
    <message>
        <source>选择一个表格文件后，这里会列出每一行将如何处理；确认后才会写入。</source>
        <translation>Once you choose a spreadsheet, every row and what will happen to it is listed here; nothing is written until you confirm.</translation>
    </message>
    <message>
        <source>未识别的列（不导入）：{columns}</source>
        <translation>Unrecognised columns (not imported): {columns}</translation>
    </message>
    <message>
        <source>有被拒绝的行：请改正文件后重新选择，或勾选下方选项只导入其余各行。</source>
        <translation>Some rows are rejected: correct the file and choose it again, or tick the option below to import only the other rows.</translation>
    </message>
    <message>
        <source>选择要导入的文件</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>正在导入企业名录…</source>
        <translation>Importing enterprises…</translation>
    </message>
    <message>
        <source>没有写入任何数据。</source>
        <translation>Nothing was written.</translation>
    </message>
</context>
<context>
    <name>EnterprisePreviewModel</name>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified credit code</translation>
    </message>
    <message>
        <source>所属园区/街道</source>
        <translation>Park / street</translation>
    </message>
    <message>
        <source>职工人数</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>已建会</source>
        <translation>Has a union</translation>
    </message>
    <message>
        <source>集体合同</source>
        <translation>Collective contract</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>EnterpriseProfileDialog</name>
    <message>
        <source>企业档案：{name}</source>
        <translation>Enterprise profile: {name}</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>企业名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>统一社会信用代码：</source>
        <translation>Unified credit code:</translation>
    </message>
    <message>
        <source>地址：</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>所属园区/街道：</source>
        <translation>Park / street:</translation>
    </message>
    <message>
        <source>行业：</source>
        <translation>Industry:</translation>
    </message>
    <message>
        <source>职工人数：</source>
        <translation>Workers:</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>已建会：</source>
        <translation>Union:</translation>
    </message>
    <message>
        <source>集体合同：</source>
        <translation>Collective contract:</translation>
    </message>
    <message>
        <source>联系人：</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>联系电话：</source>
        <translation>Telephone:</translation>
    </message>
    <message>
        <source>排查结果（{n}）</source>
        <translation>Screenings ({n})</translation>
    </message>
    <message>
        <source>预警记录（{n}）</source>
        <translation>Warnings ({n})</translation>
    </message>
</context>
<context>
    <name>EnterpriseTableModel</name>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified credit code</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>所属园区/街道</source>
        <translation>Park / street</translation>
    </message>
    <message>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>职工人数</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>已建会</source>
        <translation>Union</translation>
    </message>
    <message>
        <source>集体合同</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Telephone</translation>
    </message>
</context>
<context>
    <name>EnterprisesPage</name>
    <message>
        <source>企业名录</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>按名称、代码、地址、园区、行业或联系人筛选</source>
        <translation>Filter by name, code, address, park, industry or contact</translation>
    </message>
    <message>
        <source>建会情况：全部</source>
        <translation>Union: all</translation>
    </message>
    <message>
        <source>已建会</source>
        <translation>Has a union</translation>
    </message>
    <message>
        <source>未建会</source>
        <translation>No union</translation>
    </message>
    <message>
        <source>新建…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>企业档案…</source>
        <translation>Profile…</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>全部园区/街道</source>
        <translation>All parks / streets</translation>
    </message>
    <message>
        <source>共 {n} 家企业</source>
        <translation>{n} enterprises</translation>
    </message>
    <message>
        <source>显示 {shown} 家，共 {n} 家企业</source>
        <translation>Showing {shown} of {n} enterprises</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>所属园区/街道</source>
        <translation>Park / street</translation>
    </message>
    <message>
        <source>负责单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>已排查</source>
        <translation>Screened</translation>
    </message>
    <message>
        <source>欠薪月数</source>
        <translation>Arrears months</translation>
    </message>
    <message>
        <source>涉及职工</source>
        <translation>Workers affected</translation>
    </message>
    <message>
        <source>欠薪金额（元）</source>
        <translation>Amount owed (yuan)</translation>
    </message>
    <message>
        <source>社保欠缴月数</source>
        <translation>Social insurance arrears months</translation>
    </message>
    <message>
        <source>拟裁减</source>
        <translation>Planned layoffs</translation>
    </message>
    <message>
        <source>排查人</source>
        <translation>Screened by</translation>
    </message>
    <message>
        <source>排查时间</source>
        <translation>Screened at</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{label}“{value}”格式不正确，应为 YYYY-MM-DD HH:MM。</source>
        <translation>{label} &quot;{value}&quot; is not valid; use YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <source>报告 {report} 不属于事件 {id}。</source>
        <translation>Report {report} does not belong to incident {id}.</translation>
    </message>
    <message>
        <source>截止日期“{value}”格式不正确，应为 YYYY-MM-DD。</source>
        <translation>Due date &quot;{value}&quot; is not valid; use YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>参会人员应为编号：{value}</source>
        <translation>Attendees must be given by ID: {value}</translation>
    </message>
    <message>
        <source>重复规则中已含 COUNT 或 UNTIL，不能再指定 --count 或 --until。</source>
        <translation>The recurrence rule already contains COUNT or UNTIL; --count and --until cannot be used as well.</translation>
    </message>
    <message>
        <source>数据库文件或其所在的磁盘是只读的，未保存任何内容：{path}</source>
        <translation>The database file or its disk is read-only; nothing was saved: {path}</translation>
    </message>
    <message>
        <source>读写数据库文件时磁盘出错，未保存任何内容：{path}</source>
        <translation>A disk error occurred while reading or writing the database file; nothing was saved: {path}</translation>
    </message>
    <message>
        <source>磁盘空间已满，未保存任何内容。请清理磁盘后重试：{path}</source>
        <translation>The disk is full; nothing was saved. Free some space and try again: {path}</translation>
    </message>
    <message>
        <source>无法打开数据库文件（文件夹可能已被移走或断开），未保存任何内容：{path}</source>
        <translation>Cannot open the database file (its folder may have been moved or disconnected); nothing was saved: {path}</translation>
    </message>
    <message>
        <source>无法连接数据库服务器（{where}），未保存任何内容。连接恢复后请重试。</source>
        <translation>Cannot reach the database server ({where}); nothing was saved. Try again once the connection is back.</translation>
    </message>
    <message>
        <source>数据库文件位于网络共享（{kind}）上：{path}。SQLite 在网络共享上无法可靠地加锁，两台电脑同时使用可能损坏数据库。请把数据库放在本机磁盘上，或改用 PostgreSQL 模式（--database postgresql+psycopg://用户@服务器/数据库）。</source>
        <translation>The database file is on a network share ({kind}): {path}. SQLite cannot lock reliably on a network share, and two computers using it at once may damage the database. Keep the database on a local disk, or use the PostgreSQL mode (--database postgresql+psycopg://user@server/database).</translation>
    </message>
    <message>
        <source>数据库地址为空。</source>
        <translation>The database address is empty.</translation>
    </message>
    <message>
        <source>数据库地址格式不正确：{value}</source>
        <translation>Invalid database address: {value}</translation>
    </message>
    <message>
        <source>SQLite 地址必须指向一个文件：{value}</source>
        <translation>A SQLite address must point to a file: {value}</translation>
    </message>
    <message>
        <source>PostgreSQL 地址缺少数据库名：{value}</source>
        <translation>The PostgreSQL address has no database name: {value}</translation>
    </message>
    <message>
        <source>不支持的数据库类型“{backend}”：只支持 SQLite 文件和 PostgreSQL。</source>
        <translation>Unsupported database type &quot;{backend}&quot;: only SQLite files and PostgreSQL are supported.</translation>
    </message>
    <message>
        <source>数据库所在的文件夹不存在：{folder}</source>
        <translation>The database folder does not exist: {folder}</translation>
    </message>
    <message>
        <source>数据库路径是一个文件夹，不是文件：{path}</source>
        <translation>The database path is a folder, not a file: {path}</translation>
    </message>
    <message>
        <source>无法读取数据库文件 {path}：{reason}</source>
        <translation>Could not read the database file {path}: {reason}</translation>
    </message>
    <message>
        <source>该文件不是本程序的数据库（不是 SQLite 文件）：{path}</source>
        <translation>This file is not a database of this program (not a SQLite file): {path}</translation>
    </message>
    <message>
        <source>没有写入数据库文件的权限：{path}</source>
        <translation>No permission to write the database file: {path}</translation>
    </message>
    <message>
        <source>数据库不存在：{path}。请先运行“tripartite init”创建。</source>
        <translation>The database does not exist: {path}. Run &quot;tripartite init&quot; to create it first.</translation>
    </message>
    <message>
        <source>没有写入数据库文件夹的权限：{folder}</source>
        <translation>No permission to write to the database folder: {folder}</translation>
    </message>
    <message>
        <source>无法打开数据库文件 {path}：{reason}</source>
        <translation>Could not open the database file {path}: {reason}</translation>
    </message>
    <message>
        <source>未安装 PostgreSQL 驱动：请运行 pip install &quot;psycopg[binary]&quot;。</source>
        <translation>The PostgreSQL driver is not installed: run pip install &quot;psycopg[binary]&quot;.</translation>
    </message>
    <message>
        <source>该记录已被他人修改，请刷新后重试。</source>
        <translation>Someone else has changed this record. Refresh and try again.</translation>
    </message>
    <message>
        <source>数据库正被另一个窗口或程序写入，等待 {seconds} 秒后仍未释放，未保存任何内容。请稍后重试。</source>
        <translation>Another window or program is writing to the database and did not finish within {seconds} seconds; nothing was saved. Please try again shortly.</translation>
    </message>
    <message>
        <source>无法连接数据库服务器 {where}：{reason}</source>
        <translation>Could not connect to the database server {where}: {reason}</translation>
    </message>
    <message>
        <source>保存位置不存在：{folder}</source>
        <translation>The save location does not exist: {folder}</translation>
    </message>
    <message>
        <source>无法写入 {folder}：{reason}</source>
        <translation>Could not write to {folder}: {reason}</translation>
    </message>
    <message>
        <source>无法保存文件 {path}：{reason}</source>
        <translation>Could not save the file {path}: {reason}</translation>
    </message>
    <message>
        <source>无法打开文书模板 {path}：{reason}</source>
        <translation>Could not open the document template {path}: {reason}</translation>
    </message>
    <message>
        <source>文书模板 {path} 缺少以下样式：{names}</source>
        <translation>The document template {path} is missing these styles: {names}</translation>
    </message>
    <message>
        <source>该数据库由更新版本的三方联席秘书台创建（结构版本 {rev}），本版本无法打开。请升级程序。</source>
        <translation>This database was created by a newer version of Tripartite Secretariat (schema version {rev}) and cannot be opened by this version. Please upgrade the program.</translation>
    </message>
    <message>
        <source>该数据库已有其他数据表，不是三方联席秘书台的数据库：{where}</source>
        <translation>This database contains other tables and is not a Tripartite Secretariat database: {where}</translation>
    </message>
    <message>
        <source>数据库结构升级失败（已撤销，数据未改变）：{reason}</source>
        <translation>The database schema upgrade failed (rolled back; no data was changed): {reason}</translation>
    </message>
    <message>
        <source>计划用时应为 1 到 {n} 分钟的整数。</source>
        <translation>The planned duration must be a whole number of minutes from 1 to {n}.</translation>
    </message>
    <message>
        <source>所选汇报人不存在，可能已被删除。</source>
        <translation>The selected presenter no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>议程项不存在（编号 {id}），可能已被删除。</source>
        <translation>The agenda item (ID {id}) does not exist; it may have been deleted.</translation>
    </message>
    <message>
        <source>议程已被修改，请刷新后再调整顺序。</source>
        <translation>The agenda has been changed. Refresh before reordering it.</translation>
    </message>
    <message>
        <source>{name}不在本次会议的参会名单中。</source>
        <translation>{name} is not on the attendee list of this meeting.</translation>
    </message>
    <message>
        <source>出席状态“{status}”无效。</source>
        <translation>Invalid attendance status &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>请选择或填写受委托人。</source>
        <translation>Select or enter a proxy.</translation>
    </message>
    <message>
        <source>受委托人不能是本人。</source>
        <translation>A person cannot be their own proxy.</translation>
    </message>
    <message>
        <source>所选受委托人不存在，可能已被删除。</source>
        <translation>The selected proxy no longer exists; they may have been deleted.</translation>
    </message>
    <message>
        <source>备份目标文件夹不存在：{folder}</source>
        <translation>The backup folder does not exist: {folder}</translation>
    </message>
    <message>
        <source>备份文件不能是数据库本身：{path}</source>
        <translation>The backup file cannot be the database itself: {path}</translation>
    </message>
    <message>
        <source>备份失败：{reason}</source>
        <translation>Backup failed: {reason}</translation>
    </message>
    <message>
        <source>备份文件不存在：{path}</source>
        <translation>The backup file does not exist: {path}</translation>
    </message>
    <message>
        <source>该文件不是数据库备份：{path}</source>
        <translation>This file is not a database backup: {path}</translation>
    </message>
    <message>
        <source>备份文件已损坏：{reason}</source>
        <translation>The backup file is damaged: {reason}</translation>
    </message>
    <message>
        <source>备份文件未通过完整性检查：{reason}</source>
        <translation>The backup file failed the integrity check: {reason}</translation>
    </message>
    <message>
        <source>该文件不是三方联席秘书台的数据库备份：{path}</source>
        <translation>This file is not a Tripartite Secretariat database backup: {path}</translation>
    </message>
    <message>
        <source>该备份来自更新版本的程序（结构版本 {rev}），无法恢复。</source>
        <translation>This backup was made by a newer version of the program (schema version {rev}) and cannot be restored.</translation>
    </message>
    <message>
        <source>恢复失败：{reason}。原数据库已保留在 {aside}</source>
        <translation>Restore failed: {reason}. The original database has been kept at {aside}</translation>
    </message>
    <message>
        <source>没有键为“{key}”的机制；可用的有：{keys}。</source>
        <translation>No mechanism has the key &quot;{key}&quot;; available keys: {keys}.</translation>
    </message>
    <message>
        <source>法定人数规则无效。</source>
        <translation>Invalid quorum rule.</translation>
    </message>
    <message>
        <source>法定人数比例应在 0 到 1 之间。</source>
        <translation>The quorum share must be between 0 and 1.</translation>
    </message>
    <message>
        <source>席位数应为 0 到 99 的整数。</source>
        <translation>Seats must be a whole number from 0 to 99.</translation>
    </message>
    <message>
        <source>“{org}”已是“{body}”的成员单位。</source>
        <translation>&quot;{org}&quot; is already a member of &quot;{body}&quot;.</translation>
    </message>
    <message>
        <source>{name}已是该单位在本机制的代表。</source>
        <translation>{name} already represents this organisation in this mechanism.</translation>
    </message>
    <message>
        <source>未知的演示数据规模：{scale}（可选 small、large）。</source>
        <translation>Unknown demo data scale: {scale} (choose small or large).</translation>
    </message>
    <message>
        <source>数据库中已有 {n} 个会议，演示数据只能写入没有会议的数据库，以免与真实工作数据混在一起。请换一个新的数据库文件（--database）再运行。</source>
        <translation>The database already has {n} meetings. Demo data can only be written to a database without meetings, so that it does not mix with real work. Run again with a new database file (--database).</translation>
    </message>
    <message>
        <source>未知的单位类别：{kind}</source>
        <translation>Unknown organisation category: {kind}</translation>
    </message>
    <message>
        <source>已有{label}为“{value}”的单位。</source>
        <translation>An organisation with {label} &quot;{value}&quot; already exists.</translation>
    </message>
    <message>
        <source>所选单位不存在。</source>
        <translation>The selected organisation does not exist.</translation>
    </message>
    <message>
        <source>记录不存在（编号 {id}），可能已被删除。</source>
        <translation>The record (ID {id}) does not exist; it may have been deleted.</translation>
    </message>
    <message>
        <source>节假日安排文件有错误，未导入任何内容：{details}</source>
        <translation>The holiday schedule file has errors; nothing was imported: {details}</translation>
    </message>
    <message>
        <source>{day} 之后一年内没有工作日，请检查节假日表。</source>
        <translation>There is no working day within a year after {day}. Check the holiday table.</translation>
    </message>
    <message>
        <source>类型“{value}”无效：应为 holiday（放假）或 workday（调休上班）。</source>
        <translation>Invalid type &quot;{value}&quot;: must be holiday or workday (make-up working day).</translation>
    </message>
    <message>
        <source>节假日安排文件中没有任何日期。</source>
        <translation>The holiday schedule file contains no dates.</translation>
    </message>
    <message>
        <source>文件或数据库在预览之后有变化，请重新预览后再导入。</source>
        <translation>The file or the database has changed since the preview. Preview again before importing.</translation>
    </message>
    <message>
        <source>文件“{name}”的前10行中没有“企业名称”和“统一社会信用代码”两列（也可写作 单位名称、信用代码），无法导入。找到的列：{found}</source>
        <translation>The first 10 rows of &quot;{name}&quot; have no 企业名称 and 统一社会信用代码 columns (also written 单位名称, 信用代码), so it cannot be imported. Columns found: {found}</translation>
    </message>
    <message>
        <source>职工人数“{value}”不合理：应为不小于0的整数。</source>
        <translation>The worker count &quot;{value}&quot; is impossible: it must be a whole number of at least 0.</translation>
    </message>
    <message>
        <source>“{label}”应填“是”或“否”，现为“{value}”。</source>
        <translation>&quot;{label}&quot; must be 是 or 否, not &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>缺少统一社会信用代码：导入按代码识别企业。</source>
        <translation>The unified credit code is missing: the import identifies enterprises by their code.</translation>
    </message>
    <message>
        <source>统一社会信用代码“{value}”与第{row}行重复。</source>
        <translation>The unified credit code &quot;{value}&quot; repeats row {row}.</translation>
    </message>
    <message>
        <source>第{row}行：该企业在预览之后已被他人修改或删除，整个导入已取消。</source>
        <translation>Row {row}: this enterprise was changed or deleted by someone else after the preview; the whole import was cancelled.</translation>
    </message>
    <message>
        <source>文件“{name}”的前10行中没有“姓名”列（也可写作 名字、联系人、name），无法导入。找到的列：{found}</source>
        <translation>&quot;{name}&quot; cannot be imported: none of its first 10 rows has a name column (姓名, 名字, 联系人 or name). Columns found: {found}</translation>
    </message>
    <message>
        <source>手机号码“{value}”格式不正确：手机列应为以 1 开头的11位手机号，固定电话请填在“电话”列。</source>
        <translation>The mobile number “{value}” is not valid: a mobile column holds 11-digit numbers starting with 1; put landlines in the “电话” column.</translation>
    </message>
    <message>
        <source>电话号码“{value}”格式不正确：本地号码（区号之后）不能以 0 或 1 开头；手机号应为11位。</source>
        <translation>The phone number “{value}” is not valid: the local number (after the area code) cannot start with 0 or 1; a mobile number has 11 digits.</translation>
    </message>
    <message>
        <source>电话号码“{value}”被 Excel 存成了科学计数法，位数已丢失：请把该列设为文本格式、重新填写后再导入。</source>
        <translation>Excel stored the phone number &quot;{value}&quot; in scientific notation and digits were lost. Format the column as text, re-enter the numbers and import again.</translation>
    </message>
    <message>
        <source>未知的单位类别“{value}”：可填 {choices}。</source>
        <translation>Unknown organisation category &quot;{value}&quot;: use one of {choices}.</translation>
    </message>
    <message>
        <source>统一社会信用代码“{value}”已用于第{row}行的单位“{other}”。</source>
        <translation>Unified social credit code &quot;{value}&quot; is already used by &quot;{other}&quot; in row {row}.</translation>
    </message>
    <message>
        <source>单位“{name}”的类别与第{row}行填写的不一致。</source>
        <translation>The category of organisation &quot;{name}&quot; differs from the one in row {row}.</translation>
    </message>
    <message>
        <source>单位“{name}”的统一社会信用代码与第{row}行填写的不一致。</source>
        <translation>The unified social credit code of organisation &quot;{name}&quot; differs from the one in row {row}.</translation>
    </message>
    <message>
        <source>数据库中“{org}”已有 {n} 位名为“{name}”的联系人，无法确定更新哪一位，请先在通讯录中处理重名。</source>
        <translation>&quot;{org}&quot; already has {n} contacts named &quot;{name}&quot;, so it is unclear which one to update. Resolve the duplicates in Contacts first.</translation>
    </message>
    <message>
        <source>第{row}行：{reason}</source>
        <translation>Row {row}: {reason}</translation>
    </message>
    <message>
        <source>文件“{name}”的前10行中没有“督办事项”列（也可写作 事项、工作任务），无法导入。找到的列：{found}</source>
        <translation>The first 10 rows of “{name}” have no 督办事项 column (also 事项 or 工作任务); it cannot be imported. Columns found: {found}</translation>
    </message>
    <message>
        <source>督办事项为空。</source>
        <translation>The follow-up item&apos;s title is empty.</translation>
    </message>
    <message>
        <source>督办事项过长（最多500字）。</source>
        <translation>The follow-up item&apos;s title is too long (500 characters at most).</translation>
    </message>
    <message>
        <source>状态“{value}”无法识别：可填 未启动、办理中、待确认、已办结、已撤销。</source>
        <translation>Status “{value}” is not understood: use 未启动, 办理中, 待确认, 已办结 or 已撤销.</translation>
    </message>
    <message>
        <source>优先级“{value}”无法识别：可填 高、中、低。</source>
        <translation>Priority “{value}” is not understood: use 高, 中 or 低.</translation>
    </message>
    <message>
        <source>未填写所属机制。</source>
        <translation>No mechanism is given.</translation>
    </message>
    <message>
        <source>机制“{value}”不存在。</source>
        <translation>There is no mechanism “{value}”.</translation>
    </message>
    <message>
        <source>单位“{value}”不在单位名录中，请先添加该单位。</source>
        <translation>Organisation “{value}” is not in the register; add it first.</translation>
    </message>
    <message>
        <source>责任人“{value}”不在联系人中，请先导入联系人。</source>
        <translation>Owner “{value}” is not among the contacts; import the contacts first.</translation>
    </message>
    <message>
        <source>联系人中有 {n} 位“{value}”，无法确定责任人。</source>
        <translation>There are {n} contacts named “{value}”; the owner cannot be told apart.</translation>
    </message>
    <message>
        <source>与第{row}行是同一事项。</source>
        <translation>Same item as row {row}.</translation>
    </message>
    <message>
        <source>已有相同的督办事项（编号 {id}）。</source>
        <translation>The same follow-up item exists already (no. {id}).</translation>
    </message>
    <message>
        <source>完成期限“{value}”不是日期，应为 YYYY-MM-DD 或 2026年3月5日。</source>
        <translation>Due date “{value}” is not a date; write YYYY-MM-DD or 2026年3月5日.</translation>
    </message>
    <message>
        <source>完成进度“{value}”应为 0 到 100。</source>
        <translation>Progress “{value}” should be 0 to 100.</translation>
    </message>
    <message>
        <source>找不到文件：{path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>不是文件：{path}</source>
        <translation>Not a file: {path}</translation>
    </message>
    <message>
        <source>不支持旧版表格文件“{name}”：请在 Excel 或 WPS 中另存为 .xlsx 后再导入。</source>
        <translation>Old spreadsheet format not supported (&quot;{name}&quot;): save it as .xlsx in Excel or WPS, then import it.</translation>
    </message>
    <message>
        <source>不支持的文件类型“{name}”：请使用 .xlsx 或 .csv 文件。</source>
        <translation>Unsupported file type &quot;{name}&quot;: use an .xlsx or .csv file.</translation>
    </message>
    <message>
        <source>文件“{name}”超过 {limit} MB 的上限，未读取：请分成几个文件后再导入。</source>
        <translation>The file “{name}” is larger than the {limit} MB limit and was not read: split it into several files and import them one by one.</translation>
    </message>
    <message>
        <source>文件“{name}”第{row}行起超过了一次最多导入 {limit} 行的上限：请分成几个文件后再导入。</source>
        <translation>From row {row}, the file “{name}” exceeds the limit of {limit} rows per import: split it into several files and import them one by one.</translation>
    </message>
    <message>
        <source>无法读取文件 {path}：{reason}</source>
        <translation>Could not read the file {path}: {reason}</translation>
    </message>
    <message>
        <source>有 {n} 行被拒绝，未导入任何数据：请改正后重新导入，或选择跳过被拒绝的行。</source>
        <translation>{n} rows were rejected and nothing was imported. Correct them and import again, or choose to skip rejected rows.</translation>
    </message>
    <message>
        <source>第{row}行写入数据库失败，整个导入已取消：{reason}</source>
        <translation>Row {row} could not be written to the database; the whole import was cancelled: {reason}</translation>
    </message>
    <message>
        <source>第{row}行：{reason}整个导入已取消。</source>
        <translation>Row {row}: {reason} The whole import was cancelled.</translation>
    </message>
    <message>
        <source>优先级“{value}”无效：应为 high、normal 或 low。</source>
        <translation>Priority “{value}” is not valid: use high, normal or low.</translation>
    </message>
    <message>
        <source>汇报周期应为 1 到 {n} 天。</source>
        <translation>The reporting cadence should be 1 to {n} days.</translation>
    </message>
    <message>
        <source>协办单位不存在（编号 {ids}），可能已被删除。</source>
        <translation>Co-organisation not found (no. {ids}); it may have been deleted.</translation>
    </message>
    <message>
        <source>议定事项不属于所选会议。</source>
        <translation>The decision is not from the chosen meeting.</translation>
    </message>
    <message>
        <source>会议不存在（编号 {id}）。</source>
        <extracomment>Target kind → the link column it sets.</extracomment>
        <translation>The meeting (ID {id}) does not exist.</translation>
    </message>
    <message>
        <source>会议（编号 {id}）不属于“{body}”。</source>
        <translation>Meeting no. {id} is not a meeting of “{body}”.</translation>
    </message>
    <message>
        <source>状态“{value}”无效。</source>
        <translation>Status “{value}” is not valid.</translation>
    </message>
    <message>
        <source>事项（编号 {id}）当前状态为“{status}”，不能{doing}。</source>
        <translation>Item no. {id} is “{status}”: it cannot be {doing}.</translation>
    </message>
    <message>
        <source>完成进度应为 0 到 100 的整数。</source>
        <translation>Progress should be a whole number from 0 to 100.</translation>
    </message>
    <message>
        <source>汇报日期不能晚于今天。</source>
        <translation>The report date cannot be after today.</translation>
    </message>
    <message>
        <source>开始日期晚于结束日期。</source>
        <translation>The start date is after the end date.</translation>
    </message>
    <message>
        <source>联系人不存在（编号 {id}）。</source>
        <translation>The contact does not exist (no. {id}).</translation>
    </message>
    <message>
        <source>会议不存在（编号 {id}），可能已被删除。</source>
        <translation>The meeting (ID {id}) does not exist; it may have been deleted.</translation>
    </message>
    <message>
        <source>系列会议不存在（编号 {id}）。</source>
        <translation>The meeting series (ID {id}) does not exist.</translation>
    </message>
    <message>
        <source>没有键为“{key}”的机制。</source>
        <translation>No mechanism has the key &quot;{key}&quot;.</translation>
    </message>
    <message>
        <source>所选会议室不存在，可能已被删除。</source>
        <translation>The selected room no longer exists; it may have been deleted.</translation>
    </message>
    <message>
        <source>线上会议链接应以 http:// 或 https:// 开头。</source>
        <translation>The online meeting URL must start with http:// or https://.</translation>
    </message>
    <message>
        <source>结束时间应晚于开始时间。</source>
        <translation>The end must be later than the start.</translation>
    </message>
    <message>
        <source>会议时长不能超过31天，请检查结束时间。</source>
        <translation>A meeting cannot last more than 31 days. Check the end time.</translation>
    </message>
    <message>
        <source>参会人员（编号 {id}）不存在，可能已被删除，请从名单中移除。</source>
        <translation>Attendee (ID {id}) does not exist and may have been deleted. Remove them from the list.</translation>
    </message>
    <message>
        <source>参会角色“{role}”无效。</source>
        <translation>Invalid attendee role &quot;{role}&quot;.</translation>
    </message>
    <message>
        <source>{name}在参会名单中重复出现。</source>
        <translation>{name} appears more than once in the attendee list.</translation>
    </message>
    <message>
        <source>没有名为“{name}”的会议室。</source>
        <translation>There is no room named &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>系列会议的所属机制不能修改，请新建会议。</source>
        <translation>The mechanism of a meeting series cannot be changed. Create a new meeting instead.</translation>
    </message>
    <message>
        <source>已召开或已取消的会议不能延期。</source>
        <translation>A meeting that has been held or cancelled cannot be postponed.</translation>
    </message>
    <message>
        <source>已取消的会议不能标记为已召开，请先恢复。</source>
        <translation>A cancelled meeting cannot be marked as held. Restore it first.</translation>
    </message>
    <message>
        <source>第 {line} 行的重复日程“{title}”超过每个系列 {cap} 次的上限：只导入前 {cap} 次。</source>
        <translation>The recurring event &quot;{title}&quot; on line {line} exceeds the limit of {cap} occurrences per series: only the first {cap} are imported.</translation>
    </message>
    <message>
        <source>该 UID 已属于一次单独的会议，而文件中是重复日程。</source>
        <translation>This UID belongs to a single meeting, but the file has a recurring event.</translation>
    </message>
    <message>
        <source>该 UID 已属于一个系列会议，而文件中是单次日程。</source>
        <translation>This UID belongs to a recurring series, but the file has a single event.</translation>
    </message>
    <message>
        <source>已召开的会议不能取消。</source>
        <translation>A meeting that has been held cannot be cancelled.</translation>
    </message>
    <message>
        <source>有 {n} 个日程无法导入，未导入任何内容。</source>
        <translation>{n} events cannot be imported; nothing was imported.</translation>
    </message>
    <message>
        <source>无法删除会议“{what}”：它仍被以下记录引用：{parts}。可以改为取消该会议。</source>
        <translation>Cannot delete the meeting &quot;{what}&quot;: it is still referenced by {parts}. You can cancel the meeting instead.</translation>
    </message>
    <message>
        <source>节假日处理方式“{value}”无效。</source>
        <translation>Invalid holiday handling &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>该重复规则在今后两年内会产生超过 {cap} 次会议（每个系列的上限）。请放宽间隔，或设置重复次数或截止日期。</source>
        <translation>This rule would make more than {cap} meetings within two years (the limit per series). Widen the interval, or set a count or an end date.</translation>
    </message>
    <message>
        <source>该重复规则会产生超过 {cap} 次会议（每个系列的上限）。请减少重复次数或提前截止日期。</source>
        <translation>This rule would make more than {cap} meetings (the limit per series). Lower the count or end it earlier.</translation>
    </message>
    <message>
        <source>该会议不属于系列会议。</source>
        <translation>This meeting is not part of a series.</translation>
    </message>
    <message>
        <source>无法删除系列会议“{title}”：其中 {n} 次会议已有纪要、议定事项或督办事项。可以改为结束该系列。</source>
        <translation>Cannot delete the meeting series &quot;{title}&quot;: {n} of its meetings already have minutes, decisions or follow-up items. You can end the series instead.</translation>
    </message>
    <message>
        <source>请填写重复规则。</source>
        <translation>Enter a recurrence rule.</translation>
    </message>
    <message>
        <source>重复规则格式不正确：“{piece}”应为“名称=值”。</source>
        <translation>Invalid recurrence rule: &quot;{piece}&quot; should be &quot;NAME=value&quot;.</translation>
    </message>
    <message>
        <source>重复规则中的“{key}”不受支持。</source>
        <translation>&quot;{key}&quot; is not supported in recurrence rules.</translation>
    </message>
    <message>
        <source>重复规则中“{key}”出现了两次。</source>
        <translation>&quot;{key}&quot; appears twice in the recurrence rule.</translation>
    </message>
    <message>
        <source>重复规则的截止日期（UNTIL）“{value}”无效。</source>
        <translation>Invalid end date (UNTIL) &quot;{value}&quot; in the recurrence rule.</translation>
    </message>
    <message>
        <source>重复规则缺少 FREQ（重复频率）。</source>
        <translation>The recurrence rule has no FREQ (frequency).</translation>
    </message>
    <message>
        <source>重复频率“{freq}”不受支持：应为 DAILY、WEEKLY、MONTHLY 或 YEARLY（最短为每天）。</source>
        <translation>Frequency &quot;{freq}&quot; is not supported: use DAILY, WEEKLY, MONTHLY or YEARLY (daily at most).</translation>
    </message>
    <message>
        <source>重复规则不能同时指定次数（COUNT）和截止日期（UNTIL）。</source>
        <translation>A recurrence rule cannot have both a count (COUNT) and an end date (UNTIL).</translation>
    </message>
    <message>
        <source>{label}应为 {low} 到 {high} 之间的整数。</source>
        <translation>{label} must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <source>重复规则中 {key}={value} 超出范围。</source>
        <translation>{key}={value} is out of range in the recurrence rule.</translation>
    </message>
    <message>
        <source>重复规则无法识别：{reason}</source>
        <translation>Recurrence rule not recognised: {reason}</translation>
    </message>
    <message>
        <source>重复规则的截止日期早于开始时间，不会产生任何日期。</source>
        <translation>The recurrence rule ends before the start, so it produces no dates.</translation>
    </message>
    <message>
        <source>该重复规则不会产生任何日期（例如“每年 2 月 31 日”），请修改。</source>
        <translation>This recurrence rule produces no dates (e.g. &quot;every year on 31 February&quot;). Please change it.</translation>
    </message>
    <message>
        <source>无法删除“{what}”：它仍被以下记录引用：{parts}。请先修改或删除这些记录。</source>
        <translation>Cannot delete &quot;{what}&quot;: it is still referenced by {parts}. Change or delete those records first.</translation>
    </message>
    <message>
        <source>已有名为“{name}”的会议室。</source>
        <translation>A room named &quot;{name}&quot; already exists.</translation>
    </message>
    <message>
        <source>会议室容纳人数应为 1 到 10000。</source>
        <translation>Room capacity must be from 1 to 10,000.</translation>
    </message>
    <message>
        <source>电话号码“{value}”格式不正确：应为11位手机号或带区号的固定电话，如 010-67881234。</source>
        <translation>Invalid phone number &quot;{value}&quot;: use an 11-digit mobile number or a landline with area code, e.g. 010-67881234.</translation>
    </message>
    <message>
        <source>电子邮箱“{value}”格式不正确：应形如 name@example.cn。</source>
        <translation>Invalid email address &quot;{value}&quot;: it should look like name@example.cn.</translation>
    </message>
    <message>
        <source>统一社会信用代码“{value}”应为18位，现为{n}位。</source>
        <translation>Unified social credit code &quot;{value}&quot; must have 18 characters; it has {n}.</translation>
    </message>
    <message>
        <source>统一社会信用代码“{value}”含有不允许的字符“{chars}”（不使用 I、O、Z、S、V）。</source>
        <translation>The unified credit code &quot;{value}&quot; contains characters that are not allowed, &quot;{chars}&quot; (I, O, Z, S and V are not used).</translation>
    </message>
    <message>
        <source>统一社会信用代码“{value}”校验位不正确（GB 32100），请核对。</source>
        <translation>Unified social credit code &quot;{value}&quot; has a wrong check character (GB 32100). Please check it.</translation>
    </message>
    <message>
        <source>请填写{label}。</source>
        <translation>Enter {label}.</translation>
    </message>
    <message>
        <source>{label}过长（最多{n}个字）。</source>
        <translation>{label} is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>身份证号码“{value}”不正确：应为18位，最后一位校验码须符合 GB 11643。</source>
        <translation>ID number &quot;{value}&quot; is wrong: it must have 18 characters and a check character that fits GB 11643.</translation>
    </message>
    <message>
        <source>请选择单位。</source>
        <translation>Select an organisation.</translation>
    </message>
    <message>
        <source>请选择人员。</source>
        <translation>Select a person.</translation>
    </message>
    <message>
        <source>无法写入文件“{path}”：{reason}</source>
        <translation>Could not write the file &quot;{path}&quot;: {reason}</translation>
    </message>
    <message>
        <source>无法读取文件“{path}”：{reason}</source>
        <translation>Cannot read the file “{path}”: {reason}</translation>
    </message>
    <message>
        <source>没有名为“{name}”的单位：牵头单位须是单位名录中已有的单位。</source>
        <translation>There is no organisation named “{name}”: the lead must be an organisation in the register.</translation>
    </message>
    <message>
        <source>没有第 {n} 项议定事项。</source>
        <translation>There is no decision number {n}.</translation>
    </message>
    <message>
        <source>需要邮件服务器密码：请在交互终端中运行，或设置环境变量 TRIPARTITE_SMTP_PASSWORD。</source>
        <translation>The mail server password is needed: run in an interactive terminal or set TRIPARTITE_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>不支持的文件类型“{name}”：请使用 {formats}。</source>
        <translation>Unsupported file type “{name}”: use {formats}.</translation>
    </message>
    <message>
        <source>未找到 LibreOffice，无法用它生成 PDF。</source>
        <translation>LibreOffice was not found; it cannot make the PDF.</translation>
    </message>
    <message>
        <source>LibreOffice 转换 PDF 失败：{reason}</source>
        <translation>LibreOffice could not convert to PDF: {reason}</translation>
    </message>
    <message>
        <source>参会人员都没有电子邮箱地址，无法发送邀请。</source>
        <translation>None of the attendees has an e-mail address; no invitation can be sent.</translation>
    </message>
    <message>
        <source>无法打开纪要模板 {path}：{reason}</source>
        <translation>Cannot open the minutes template {path}: {reason}</translation>
    </message>
    <message>
        <source>纪要模板 {path} 缺少以下占位符：{names}</source>
        <translation>The minutes template {path} lacks these placeholders: {names}</translation>
    </message>
    <message>
        <source>纪要模板 {path} 缺少以下样式：{names}</source>
        <translation>The minutes template {path} lacks these styles: {names}</translation>
    </message>
    <message>
        <source>未找到 LibreOffice，无法生成 PDF。请安装 LibreOffice，或先导出 .docx 再另存为 PDF。</source>
        <translation>LibreOffice was not found, so no PDF can be made. Install LibreOffice, or export .docx and save it as PDF.</translation>
    </message>
    <message>
        <source>不支持的文件类型“{suffix}”：请用 .docx 或 .pdf。</source>
        <translation>Unsupported file type “{suffix}”: use .docx or .pdf.</translation>
    </message>
    <message>
        <source>附件格式应为 docx 或 pdf。</source>
        <translation>Attachments must be docx or pdf.</translation>
    </message>
    <message>
        <source>请至少选择一位收件人。</source>
        <translation>Choose at least one recipient.</translation>
    </message>
    <message>
        <source>尚未设置邮件服务器：请选择保存邮件文件（.eml）的文件夹。</source>
        <translation>No mail server is set up: choose a folder for the e-mail files (.eml).</translation>
    </message>
    <message>
        <source>尚未设置日历发布文件夹。</source>
        <translation>No calendar publish folder has been set.</translation>
    </message>
    <message>
        <source>日历发布文件夹不存在或无法访问：{folder}</source>
        <translation>The calendar publish folder does not exist or cannot be reached: {folder}</translation>
    </message>
    <message>
        <source>请选择牵头单位。</source>
        <translation>Choose the lead organisation.</translation>
    </message>
    <message>
        <source>没有要修改的内容。</source>
        <translation>There is nothing to change.</translation>
    </message>
    <message>
        <source>没有选择任何督办事项。</source>
        <translation>No follow-up items are selected.</translation>
    </message>
    <message>
        <source>督办事项不存在（编号 {ids}），可能已被删除。</source>
        <translation>Follow-up item not found (no. {ids}); it may have been deleted.</translation>
    </message>
    <message>
        <source>已办结或已撤销的事项不能批量修改（编号 {ids}），未修改任何事项。</source>
        <translation>Closed or withdrawn items cannot be changed in bulk (no. {ids}); nothing was changed.</translation>
    </message>
    <message>
        <source>日历文件第 {line} 行有误：{what}</source>
        <translation>Error on line {line} of the calendar file: {what}</translation>
    </message>
    <message>
        <source>不是 UTF-8 编码的文本。</source>
        <translation>the text is not UTF-8 encoded.</translation>
    </message>
    <message>
        <source>日历文件过大（{size} MB）：一次最多导入 {limit} MB，请分批导出后再导入。</source>
        <translation>The calendar file is too large ({size} MB): at most {limit} MB can be imported at once; export it in parts and import them one by one.</translation>
    </message>
    <message>
        <source>缺少冒号（“{text}”）。</source>
        <translation>a colon is missing (“{text}”).</translation>
    </message>
    <message>
        <source>属性名或参数格式不正确（“{text}”）。</source>
        <translation>malformed property name or parameter (“{text}”).</translation>
    </message>
    <message>
        <source>内容不在 BEGIN:VCALENDAR 与 END:VCALENDAR 之间。</source>
        <translation>content outside BEGIN:VCALENDAR and END:VCALENDAR.</translation>
    </message>
    <message>
        <source>第 {begun} 行的 BEGIN:{what} 没有对应的 END:{what}。</source>
        <translation>BEGIN:{what} on line {begun} has no matching END:{what}.</translation>
    </message>
    <message>
        <source>不是日历文件：没有 BEGIN:VCALENDAR。</source>
        <translation>not a calendar file: there is no BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>{name} 后的组件名“{what}”不正确。</source>
        <translation>the component name “{what}” after {name} is not valid.</translation>
    </message>
    <message>
        <source>日历应以 BEGIN:VCALENDAR 开始，而不是 BEGIN:{what}。</source>
        <translation>a calendar must begin with BEGIN:VCALENDAR, not BEGIN:{what}.</translation>
    </message>
    <message>
        <source>从本行起超过了一次最多导入 {limit} 个日程的上限，请分批导出后再导入。</source>
        <translation>From this line on, the file exceeds the limit of {limit} events per import; export it in parts and import them one by one.</translation>
    </message>
    <message>
        <source>多余的 END:{what}。</source>
        <translation>an END:{what} too many.</translation>
    </message>
    <message>
        <source>END:{what} 与第 {begun} 行的 BEGIN:{open} 不对应。</source>
        <translation>END:{what} does not match BEGIN:{open} on line {begun}.</translation>
    </message>
    <message>
        <source>{name} 的日期时间“{value}”无效。</source>
        <translation>the date-time “{value}” of {name} is not valid.</translation>
    </message>
    <message>
        <source>RRULE 的截止日期（UNTIL）“{value}”无效。</source>
        <translation>the RRULE end date (UNTIL) “{value}” is not valid.</translation>
    </message>
    <message>
        <source>DURATION 的值“{value}”无效。</source>
        <translation>the DURATION value “{value}” is not valid.</translation>
    </message>
    <message>
        <source>不认识的时区“{tzid}”，已按北京时间处理。</source>
        <translation>Unknown time zone “{tzid}”: read as Beijing time.</translation>
    </message>
    <message>
        <source>无法读取日历文件：{reason}</source>
        <translation>Cannot read the calendar file: {reason}</translation>
    </message>
    <message>
        <source>从本行开始的日程中，{prop} 无法识别：{reason}</source>
        <translation>in the event starting on this line, {prop} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>从本行开始的日程中，{prop} 出现了不止一次。</source>
        <translation>in the event starting on this line, {prop} appears more than once.</translation>
    </message>
    <message>
        <source>从本行开始的日程缺少 UID 或 DTSTART。</source>
        <translation>the event starting on this line has no UID or DTSTART.</translation>
    </message>
    <message>
        <source>从本行开始的日程日期超出支持的范围（{range}）：{value}</source>
        <translation>The event starting on this line has a date outside the supported range ({range}): {value}</translation>
    </message>
    <message>
        <source>第 {line} 行起的日程结束不晚于开始（或时长为负），已按{length}导入。</source>
        <translation>The event from line {line} ends before it starts (or has a negative duration); it was imported as {length}.</translation>
    </message>
    <message>
        <source>回执“{reply}”无效。</source>
        <translation>The reply “{reply}” is not valid.</translation>
    </message>
    <message>
        <source>这不是会议回执文件（应为 METHOD:REPLY，实为 {method}）。</source>
        <translation>This is not a meeting reply file (METHOD:REPLY expected, found {method}).</translation>
    </message>
    <message>
        <source>加密方式无效。</source>
        <translation>Invalid encryption setting.</translation>
    </message>
    <message>
        <source>端口应为 1 到 65535 的整数。</source>
        <translation>The port must be a whole number from 1 to 65535.</translation>
    </message>
    <message>
        <source>请填写发件人邮箱地址。</source>
        <translation>Enter the sender&apos;s e-mail address.</translation>
    </message>
    <message>
        <source>邮件大小上限不能为负数。</source>
        <translation>The message size limit cannot be negative.</translation>
    </message>
    <message>
        <source>无法把密码保存到系统密钥环：{reason}</source>
        <translation>Cannot save the password in the system keyring: {reason}</translation>
    </message>
    <message>
        <source>邮件过大：发给{recipient}的邮件（附件：{files}）约 {size} MB，超过邮件服务器允许的 {limit} MB。未发送任何邮件。</source>
        <translation>Message too large: the one to {recipient} (attachments: {files}) is about {size} MB, more than the {limit} MB the server accepts. Nothing was sent.</translation>
    </message>
    <message>
        <source>邮件服务器拒绝登录（用户名或密码错误）：{reason}</source>
        <translation>The mail server refused the login (wrong user name or password): {reason}</translation>
    </message>
    <message>
        <source>无法连接邮件服务器 {host}:{port}：{reason}</source>
        <translation>Cannot connect to the mail server {host}:{port}: {reason}</translation>
    </message>
    <message>
        <source>纪要不存在（编号 {id}），可能已被删除。</source>
        <translation>The minutes (no. {id}) do not exist; they may have been deleted.</translation>
    </message>
    <message>
        <source>该会议还没有纪要。</source>
        <translation>This meeting has no minutes yet.</translation>
    </message>
    <message>
        <source>该会议的纪要没有第 {n} 版。</source>
        <translation>The minutes of this meeting have no version {n}.</translation>
    </message>
    <message>
        <source>纪要当前状态为“{state}”，只有草稿可以修改。已签发的纪要请用“更正”生成新版本。</source>
        <translation>The minutes are “{state}”: only a draft can be edited. For issued minutes use “Correct” to make a new version.</translation>
    </message>
    <message>
        <source>这是纪要的旧版本，只能查看，不能修改。</source>
        <translation>This is an old version of the minutes: it can be read, not edited.</translation>
    </message>
    <message>
        <source>请填写纪要标题。</source>
        <translation>Enter the title of the minutes.</translation>
    </message>
    <message>
        <source>议定事项“{text}”已转为督办事项，不能删除。</source>
        <translation>The decision “{text}” has action items and cannot be removed.</translation>
    </message>
    <message>
        <source>议定事项不存在（编号 {id}），可能已被删除。</source>
        <translation>The decision (no. {id}) does not exist; it may have been deleted.</translation>
    </message>
    <message>
        <source>所选牵头单位不存在，可能已被删除。</source>
        <translation>The chosen lead organisation does not exist; it may have been deleted.</translation>
    </message>
    <message>
        <source>所选责任人不存在，可能已被删除。</source>
        <translation>The chosen owner does not exist; they may have been deleted.</translation>
    </message>
    <message>
        <source>纪要当前状态为“{state}”，签发后才能分发。</source>
        <translation>The minutes are “{state}”: they can be distributed once issued.</translation>
    </message>
    <message>
        <source>纪要当前状态为“{state}”，此操作只适用于“{wanted}”的纪要。</source>
        <translation>The minutes are “{state}”: this applies only to minutes that are “{wanted}”.</translation>
    </message>
    <message>
        <source>这是纪要的旧版本，只能查看。</source>
        <translation>This is an old version of the minutes: read only.</translation>
    </message>
    <message>
        <source>机制“{body}”还没有发文代字，请先在机制设置中填写。</source>
        <translation>The body “{body}” has no document code yet: enter it in the body&apos;s settings first.</translation>
    </message>
    <message>
        <source>这份纪要没有议定事项。确定要签发吗？</source>
        <translation>These minutes have no decisions. Issue them anyway?</translation>
    </message>
    <message>
        <source>多人同时签发，编号分配未成功，请稍后重试。</source>
        <translation>Several people were issuing at once and no number could be assigned; try again shortly.</translation>
    </message>
    <message>
        <source>请说明更正的内容和原因。</source>
        <translation>Say what the correction changes and why.</translation>
    </message>
    <message>
        <source>请至少选择生成催办单或催办邮件。</source>
        <translation>Choose a chase letter, a chase e-mail or both.</translation>
    </message>
    <message>
        <source>议程事项不存在（编号 {id}）。</source>
        <translation>The agenda item does not exist (no. {id}).</translation>
    </message>
    <message>
        <source>督办事项不存在（编号 {id}）。</source>
        <translation>The follow-up item does not exist (no. {id}).</translation>
    </message>
    <message>
        <source>进展报告不存在（编号 {id}）。</source>
        <translation>The progress report does not exist (no. {id}).</translation>
    </message>
    <message>
        <source>案件不存在（编号 {id}）。</source>
        <translation>The case does not exist (id {id}).</translation>
    </message>
    <message>
        <source>该会议还没有纪要（会议编号 {id}）。</source>
        <translation>This meeting has no minutes yet (meeting no. {id}).</translation>
    </message>
    <message>
        <source>文件 {path} 超过附件大小上限 {limit} MB，未添加。</source>
        <translation>The file {path} is larger than the {limit} MB limit for attachments and was not added.</translation>
    </message>
    <message>
        <source>{path} 是文件夹，不能作为附件。请选择文件。</source>
        <translation>{path} is a folder and cannot be attached. Choose a file.</translation>
    </message>
    <message>
        <source>{path} 不是普通文件，不能作为附件。</source>
        <translation>{path} is not a regular file and cannot be attached.</translation>
    </message>
    <message>
        <source>文件不存在：{path}</source>
        <translation>The file does not exist: {path}</translation>
    </message>
    <message>
        <source>文件 {path} 在读取过程中发生了变化（可能仍在保存或复制），未添加。请稍后重试。</source>
        <translation>The file {path} changed while it was being read (it may still be saving or copying) and was not added. Please try again shortly.</translation>
    </message>
    <message>
        <source>“{name}”超过附件大小上限 {limit} MB，未添加。</source>
        <translation>&quot;{name}&quot; is larger than the {limit} MB limit for attachments and was not added.</translation>
    </message>
    <message>
        <source>附件不存在（编号 {id}），可能已被删除。</source>
        <translation>The attachment does not exist (no. {id}); it may have been removed.</translation>
    </message>
    <message>
        <source>附件“{name}”的内容已损坏（校验值不符）。</source>
        <translation>The content of the attachment &quot;{name}&quot; is damaged (checksum mismatch).</translation>
    </message>
    <message>
        <source>附件名称不能为空。</source>
        <translation>The attachment name cannot be empty.</translation>
    </message>
    <message>
        <source>附件名称过长（最多 {max} 个字符）：{name}</source>
        <translation>The attachment name is too long (at most {max} characters): {name}</translation>
    </message>
    <message>
        <source>控制字符</source>
        <translation>control characters</translation>
    </message>
    <message>
        <source>附件名称“{name}”含有 Windows 不允许的字符（{chars}），请改名后再添加。</source>
        <translation>The attachment name &quot;{name}&quot; contains characters Windows does not allow ({chars}); rename it and add it again.</translation>
    </message>
    <message>
        <source>附件名称“{name}”以点或空格结尾，Windows 无法保存，请改名后再添加。</source>
        <translation>The attachment name &quot;{name}&quot; ends with a dot or a space, which Windows cannot save; rename it and add it again.</translation>
    </message>
    <message>
        <source>附件名称“{name}”是 Windows 的保留名称（{stem}），请改名后再添加。</source>
        <translation>The attachment name &quot;{name}&quot; is a name Windows reserves ({stem}); rename it and add it again.</translation>
    </message>
    <message>
        <source>大小上限应在 1 字节到 {max} MB 之间。</source>
        <translation>The size limit must be between 1 byte and {max} MB.</translation>
    </message>
    <message>
        <source>日期超出支持的范围（{range}）：{value}</source>
        <translation>The date is outside the supported range ({range}): {value}</translation>
    </message>
    <message>
        <source>职工人数“{value}”不合理：应为0到{max}之间的整数。</source>
        <translation>The worker count &quot;{value}&quot; is impossible: it must be a whole number from 0 to {max}.</translation>
    </message>
    <message>
        <source>统一社会信用代码“{value}”已登记为企业“{name}”。</source>
        <translation>The unified credit code &quot;{value}&quot; is already registered for &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>企业名录中没有统一社会信用代码为“{value}”的企业，请先登记该企业。</source>
        <translation>The enterprise register has no enterprise with the unified social credit code &quot;{value}&quot;; register it first.</translation>
    </message>
    <message>
        <source>“{name}”的企业都已排查，没有未排查名单可导出。</source>
        <translation>Every enterprise of “{name}” has been screened: there is no list of unscreened enterprises to export.</translation>
    </message>
    <message>
        <source>排查的开始日期{first}晚于结束日期{last}。</source>
        <translation>The screening&apos;s first day {first} is after its last day {last}.</translation>
    </message>
    <message>
        <source>职工人数条件“{value}”不合理：应为0到{max}之间的整数。</source>
        <translation>The worker count filter “{value}” is impossible: it must be a whole number from 0 to {max}.</translation>
    </message>
    <message>
        <source>没有符合条件的企业，未建立排查：请放宽园区、建会或职工人数条件。</source>
        <translation>No enterprise matches, so no screening was created. Widen the park, union or worker count filter.</translation>
    </message>
    <message>
        <source>排查不存在（编号 {id}），可能已被删除。</source>
        <translation>The screening (ID {id}) does not exist; it may have been deleted.</translation>
    </message>
    <message>
        <source>负责单位过长（最多{n}个字）。</source>
        <translation>The responsible unit is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>有 {n} 家企业不在本次排查中（可能已被删除），请刷新后重试。</source>
        <translation>{n} enterprises are not in this screening (they may have been deleted). Refresh and try again.</translation>
    </message>
    <message>
        <source>{label}“{value}”不是数字。</source>
        <translation>{label} “{value}” is not a number.</translation>
    </message>
    <message>
        <source>{label}“{value}”不能为负数。</source>
        <translation>{label} “{value}” cannot be negative.</translation>
    </message>
    <message>
        <source>{label}“{value}”不合理：应在0到{most}之间。</source>
        <translation>{label} “{value}” is impossible: it must be from 0 to {most}.</translation>
    </message>
    <message>
        <source>{label}“{value}”应为整数。</source>
        <translation>{label} “{value}” must be a whole number.</translation>
    </message>
    <message>
        <source>{label}“{value}”多于该企业的职工人数{workers}。</source>
        <translation>{label} “{value}” is more than the enterprise&apos;s {workers} workers.</translation>
    </message>
    <message>
        <source>{label}“{value}”超过上限{most}。</source>
        <translation>{label} “{value}” is above the limit of {most}.</translation>
    </message>
    <message>
        <source>文件“{name}”的前10行中没有“统一社会信用代码”列和排查结果列（欠薪月数、涉及职工人数等），不是排查表。找到的列：{found}</source>
        <translation>The first 10 rows of “{name}” have no 统一社会信用代码 column and no result columns (欠薪月数, 涉及职工人数 and so on): it is not a screening sheet. Columns found: {found}</translation>
    </message>
    <message>
        <source>企业“{name}”与第{row}行重复。</source>
        <translation>The enterprise “{name}” repeats row {row}.</translation>
    </message>
    <message>
        <source>缺少统一社会信用代码：排查表按代码识别企业。</source>
        <translation>The unified social credit code is missing: the screening sheet identifies enterprises by their code.</translation>
    </message>
    <message>
        <source>企业“{name}”（{value}）不在本次排查范围内。</source>
        <translation>The enterprise “{name}” ({value}) is not in this screening.</translation>
    </message>
    <message>
        <source>统一社会信用代码“{value}”不在企业名录中。</source>
        <translation>The unified social credit code “{value}” is not in the enterprise register.</translation>
    </message>
    <message>
        <source>只有生效中的预警才能列入会议议程。</source>
        <translation>Only an active warning can be put on a meeting agenda.</translation>
    </message>
    <message>
        <source>劳资矛盾预警机制还没有安排今后的会议，请先在会议日历中新建一次会议。</source>
        <translation>The labour-conflict early warning mechanism has no meeting planned. Create a meeting in the meeting calendar first.</translation>
    </message>
    <message>
        <source>该预警已列入{date}会议“{title}”的议程。</source>
        <translation>This warning is already on the agenda of the meeting “{title}” on {date}.</translation>
    </message>
    <message>
        <source>预警级别应为红、橙、黄、蓝之一（red、orange、yellow、blue）。</source>
        <translation>The warning level must be red, orange, yellow or blue.</translation>
    </message>
    <message>
        <source>预警类别应为欠薪、社保欠缴、裁员、停产搬迁、信访或其他。</source>
        <translation>The warning category must be wage arrears, social insurance arrears, layoffs, shutdown or relocation, petitions or other.</translation>
    </message>
    <message>
        <source>没有争议类别“{value}”。可选：{known}。</source>
        <translation>There is no dispute category &quot;{value}&quot;. Choose one of: {known}.</translation>
    </message>
    <message>
        <source>争议类别“{value}”不明确，可指：{found}。</source>
        <translation>The dispute category &quot;{value}&quot; is ambiguous; it could be: {found}.</translation>
    </message>
    <message>
        <source>内容过长（最多{n}个字）。</source>
        <translation>The text is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>金额“{value}”不是有效的数字。</source>
        <translation>The amount &quot;{value}&quot; is not a valid number.</translation>
    </message>
    <message>
        <source>金额应在0到{max}元之间。</source>
        <translation>The amount must be between 0 and {max} yuan.</translation>
    </message>
    <message>
        <source>“{value}”不是有效的选项。</source>
        <translation>&quot;{value}&quot; is not a valid choice.</translation>
    </message>
    <message>
        <source>日期 {day} 不能晚于今天（{today}）。</source>
        <translation>The date {day} cannot be later than today ({today}).</translation>
    </message>
    <message>
        <source>请至少填写一名申请人。</source>
        <translation>Enter at least one applicant.</translation>
    </message>
    <message>
        <source>涉及职工人数应在1到100000之间。</source>
        <translation>The number of workers must be between 1 and 100000.</translation>
    </message>
    <message>
        <source>涉及职工人数（{n}）少于所填申请人人数（{m}）。</source>
        <translation>The number of workers ({n}) is smaller than the number of applicants entered ({m}).</translation>
    </message>
    <message>
        <source>案件已进入调解，不能再修改受理日期。</source>
        <translation>The case is already in mediation: its date of receipt can no longer be changed.</translation>
    </message>
    <message>
        <source>该案件已关联预警（编号 {id}）。</source>
        <translation>The case is already linked to a warning (id {id}).</translation>
    </message>
    <message>
        <source>该预警已解除，不能再作任何处理。</source>
        <translation>This warning has been lifted; nothing more can be done with it.</translation>
    </message>
    <message>
        <source>该预警建议已决定不予预警，不能再作任何处理。</source>
        <translation>This suggestion has been dismissed; nothing more can be done with it.</translation>
    </message>
    <message>
        <source>该预警当前为“{state}”，此操作只适用于“{wanted}”的预警。</source>
        <translation>This warning is “{state}”: this applies only to warnings that are “{wanted}”.</translation>
    </message>
    <message>
        <source>有效期至（{expires}）不能早于预警开始日期（{starts}）。</source>
        <translation>The expiry ({expires}) cannot be before the warning&apos;s start date ({starts}).</translation>
    </message>
    <message>
        <source>签发级别（{level}）与建议级别（{suggested}）不同，请说明理由。</source>
        <translation>The level issued ({level}) differs from the suggested level ({suggested}): give a reason.</translation>
    </message>
    <message>
        <source>请填写预警的理由（依据）。</source>
        <translation>Give the reason (grounds) for the warning.</translation>
    </message>
    <message>
        <source>该预警已是{level}预警，请选择另一个级别。</source>
        <translation>This is already a {level} warning; choose another level.</translation>
    </message>
    <message>
        <source>请说明调整级别的理由。</source>
        <translation>Give the reason for changing the level.</translation>
    </message>
    <message>
        <source>延期后的日期应晚于现在的有效期（{expires}）。</source>
        <translation>The new expiry must be later than the current one ({expires}).</translation>
    </message>
    <message>
        <source>请说明解除预警的理由。</source>
        <translation>Give the reason for lifting the warning.</translation>
    </message>
    <message>
        <source>请说明不予预警的理由。</source>
        <translation>Give the reason for dismissing it.</translation>
    </message>
    <message>
        <source>该预警尚未签发，没有预警提示函。</source>
        <translation>This warning has not been issued, so it has no warning notice.</translation>
    </message>
    <message>
        <source>该阈值应在 {least} 到 {most} 之间。</source>
        <translation>This threshold must be from {least} to {most}.</translation>
    </message>
    <message>
        <source>橙色预警的起点（{orange} 个月）不能高于红色预警的界限（{red} 个月）。</source>
        <translation>The orange threshold ({orange} months) cannot be above the red threshold ({red} months).</translation>
    </message>
    <message>
        <source>文件“{name}”含有 {n} 个压缩部件，超过 {limit} 个的上限（可能已损坏，或是恶意构造的压缩文件），未读取。</source>
        <translation>The file “{name}” holds {n} compressed parts, more than the limit of {limit} (it may be damaged or a maliciously crafted archive); it was not read.</translation>
    </message>
    <message>
        <source>文件“{name}”解压后有 {size} MB，超过 {limit} MB 的上限（可能已损坏，或是恶意构造的压缩文件），未读取。</source>
        <translation>The file “{name}” expands to {size} MB, more than the {limit} MB limit (it may be damaged or a maliciously crafted archive); it was not read.</translation>
    </message>
    <message>
        <source>请填写姓名。</source>
        <translation>Please enter a name.</translation>
    </message>
    <message>
        <source>快捷键 {key} 同时用于“{first}”和“{second}”。</source>
        <translation>The shortcut {key} is used for both “{first}” and “{second}”.</translation>
    </message>
    <message>
        <source>卷宗中没有“{key}”这一项材料。</source>
        <translation>The case file has no document &quot;{key}&quot;.</translation>
    </message>
    <message>
        <source>所选附件不属于本案件。</source>
        <translation>The chosen attachment does not belong to this case.</translation>
    </message>
    <message>
        <source>没有文书“{kind}”。可选：{known}。</source>
        <extracomment>The documents, in the order a case produces them, with their titles. Documents addressed to the parties: ID and phone numbers in full, and an audit entry.</extracomment>
        <translation>There is no document &quot;{kind}&quot;. Choose one of: {known}.</translation>
    </message>
    <message>
        <source>案件{number}尚未达成调解协议（当前为“{stage}”），没有{title}。</source>
        <translation>Case {number} has no mediation agreement (it is at &quot;{stage}&quot;), so there is no {title}.</translation>
    </message>
    <message>
        <source>案件{number}未调解不成，调解期限也未届满（当前为“{stage}”），没有终止调解通知书。</source>
        <translation>Case {number} neither failed in mediation nor passed its mediation limit (it is at &quot;{stage}&quot;), so there is no termination notice.</translation>
    </message>
    <message>
        <source>案件{number}当前为“{stage}”，不需要回访，没有回访记录。</source>
        <translation>Case {number} is at &quot;{stage}&quot; and needs no follow-up visit, so there is no visit record.</translation>
    </message>
    <message>
        <source>没有期限规则“{key}”。可用的规则：{known}。</source>
        <translation>There is no clock rule &quot;{key}&quot;. Known rules: {known}.</translation>
    </message>
    <message>
        <source>期间单位应为日、月或年。</source>
        <translation>The unit of a period must be days, months or years.</translation>
    </message>
    <message>
        <source>末日处理应为顺延（shift）或不顺延（exact）。</source>
        <translation>The last-day handling must be shift or exact.</translation>
    </message>
    <message>
        <source>期间长度应在0到3650之间。</source>
        <translation>The length of a period must be between 0 and 3650.</translation>
    </message>
    <message>
        <source>最长延期天数应在0到365之间。</source>
        <translation>The maximum extension must be between 0 and 365 days.</translation>
    </message>
    <message>
        <source>案号代字不能为空，最多20个字。</source>
        <translation>The case-number code must not be empty and has at most 20 characters.</translation>
    </message>
    <message>
        <source>提醒天数应满足 0 ≤ 黄色提醒天数 ≤ 临近天数 ≤ 60。</source>
        <translation>Reminder days must satisfy 0 ≤ amber days ≤ due-soon days ≤ 60.</translation>
    </message>
    <message>
        <source>调解组织名称不能为空，最多60个字。</source>
        <translation>The mediation body&apos;s name must not be empty and has at most 60 characters.</translation>
    </message>
    <message>
        <source>没有案件阶段“{value}”。可选：{known}。</source>
        <translation>There is no case stage &quot;{value}&quot;. Choose one of: {known}.</translation>
    </message>
    <message>
        <source>案件已归档，不能再办理。</source>
        <translation>The case is archived and takes no further steps.</translation>
    </message>
    <message>
        <source>达成协议的案件应先回访（确认协议履行情况），再结案。</source>
        <translation>A case with an agreement is visited first (to confirm it was performed), then closed.</translation>
    </message>
    <message>
        <source>案件当前为“{now}”，下一步只能是：{allowed}。</source>
        <translation>The case is at &quot;{now}&quot;; its next step can only be: {allowed}.</translation>
    </message>
    <message>
        <source>日期 {day} 早于上一步的日期（{last}）。</source>
        <translation>The date {day} is earlier than the previous step&apos;s ({last}).</translation>
    </message>
    <message>
        <source>达成协议须写明协议内容。</source>
        <translation>An agreement needs its terms.</translation>
    </message>
    <message>
        <source>达成协议须写明履行期限。</source>
        <translation>An agreement needs its performance date.</translation>
    </message>
    <message>
        <source>履行期限（{day}）不能早于达成协议的日期。</source>
        <translation>The performance date ({day}) cannot be earlier than the agreement.</translation>
    </message>
    <message>
        <source>协议金额有{n}项，但案件只有{m}项请求事项。</source>
        <translation>{n} agreed amounts were given, but the case has only {m} claims.</translation>
    </message>
    <message>
        <source>卷宗缺少必备材料，不能归档：{missing}。</source>
        <translation>The case file lacks required documents and cannot be archived: {missing}.</translation>
    </message>
    <message>
        <source>案件已结案，期限不再计算。</source>
        <translation>The case is closed; its clocks no longer run.</translation>
    </message>
    <message>
        <source>履行期限由协议写明，不能在此延期。</source>
        <translation>The performance date is set by the agreement and cannot be extended here.</translation>
    </message>
    <message>
        <source>“{rule}”最多可延期{cap}日，已延期{used}日。</source>
        <translation>&quot;{rule}&quot; can be extended by at most {cap} days; {used} days are already used.</translation>
    </message>
    <message>
        <source>请写明延期理由（双方当事人同意延期的情况）。</source>
        <translation>Write why the clock is extended (how both parties agreed).</translation>
    </message>
    <message>
        <source>该期限已在中止中，请先结束中止。</source>
        <translation>This clock is already paused; end the pause first.</translation>
    </message>
    <message>
        <source>请写明中止的理由。</source>
        <translation>Write why the clock is paused.</translation>
    </message>
    <message>
        <source>该期限没有正在进行的中止。</source>
        <translation>This clock has no pause in progress.</translation>
    </message>
    <message>
        <source>中止结束日期不能早于中止开始日期（{day}）。</source>
        <translation>A pause cannot end before it began ({day}).</translation>
    </message>
    <message>
        <source>该调整已撤销。</source>
        <translation>This adjustment has already been removed.</translation>
    </message>
    <message>
        <source>请从企业名录中选择用人单位，或勾选“新增企业”。</source>
        <translation>Choose the employer from the enterprise register, or tick &quot;New enterprise&quot;.</translation>
    </message>
    <message>
        <source>该记录已超过个人信息保存期限并已封存，只能保存，不能修改；如确需处理，请先办理启封。</source>
        <translation>This record is past its retention period and sealed: it is kept in storage only and cannot be changed. Unseal it first if it must be processed.</translation>
    </message>
    <message>
        <source>本事件的通报单位中没有“{value}”。通报单位：{known}。</source>
        <translation>No party &quot;{value}&quot; on this incident&apos;s board. Parties: {known}.</translation>
    </message>
    <message>
        <source>单位“{value}”不明确，可指：{found}。</source>
        <translation>&quot;{value}&quot; is ambiguous; it may mean: {found}.</translation>
    </message>
    <message>
        <source>通报时间不能晚于该单位的签收时间。</source>
        <translation>The notification cannot be later than the party&apos;s acknowledgement.</translation>
    </message>
    <message>
        <source>尚未向{party}通报，不能记录签收。</source>
        <translation>{party} has not been notified yet; no acknowledgement can be recorded.</translation>
    </message>
    <message>
        <source>签收时间不能早于通报时间（{at}）。</source>
        <translation>The acknowledgement cannot be earlier than the notification ({at}).</translation>
    </message>
    <message>
        <source>该单位不在本事件的通报名单中。</source>
        <translation>That party is not on this incident&apos;s board.</translation>
    </message>
    <message>
        <source>事件级别应为1到4（Ⅰ级最高）。</source>
        <translation>The level must be 1 to 4 (I is the highest).</translation>
    </message>
    <message>
        <source>时间 {at} 晚于现在。</source>
        <translation>The time {at} is in the future.</translation>
    </message>
    <message>
        <source>时间 {at} 早于事件发生时间。</source>
        <translation>The time {at} is before the incident began.</translation>
    </message>
    <message>
        <source>事件已结束，不能再记录处置情况。</source>
        <translation>The incident has ended; nothing more can be recorded on it.</translation>
    </message>
    <message>
        <source>涉及职工人数应在0到{max}之间。</source>
        <translation>Workers involved must be between 0 and {max}.</translation>
    </message>
    <message>
        <source>“群体突发事件七方联动机制”还没有成员单位，请先在该机制页面添加成员单位。</source>
        <translation>The seven-party linkage body has no member parties yet; add them on its page first.</translation>
    </message>
    <message>
        <source>只能关联“群体突发事件七方联动机制”的会议。</source>
        <translation>Only meetings of the seven-party linkage body can be linked.</translation>
    </message>
    <message>
        <source>没有通知方式“{value}”。可选：{known}。</source>
        <translation>No channel &quot;{value}&quot;. Choose from: {known}.</translation>
    </message>
    <message>
        <source>时限应在1到{max}分钟之间。</source>
        <translation>The time limit must be between 1 and {max} minutes.</translation>
    </message>
    <message>
        <source>事件级别应为1到4。</source>
        <translation>The level must be 1 to 4.</translation>
    </message>
    <message>
        <source>报告内容不能为空。</source>
        <translation>The report cannot be empty.</translation>
    </message>
    <message>
        <source>没有这种报告。</source>
        <translation>There is no such kind of report.</translation>
    </message>
    <message>
        <source>请先报送初报。</source>
        <translation>Send the first report (初报) first.</translation>
    </message>
    <message>
        <source>初报已经报送，后续情况请报送续报。</source>
        <translation>The first report has been sent; report further news in a follow-up (续报).</translation>
    </message>
    <message>
        <source>总结评估报告已经报送。</source>
        <translation>The closing assessment has already been sent.</translation>
    </message>
    <message>
        <source>事件处置结束后才能报送总结评估报告。</source>
        <translation>The closing assessment can only be sent once the response has ended.</translation>
    </message>
    <message>
        <source>事件已结束，不能再报送续报或日报，请报送总结评估报告。</source>
        <translation>The incident has ended: no more follow-up or daily reports; send the closing assessment.</translation>
    </message>
    <message>
        <source>没有登记簿“{value}”。</source>
        <extracomment>register → (personal-data years after closing, archive years; 0 = no archive period)</extracomment>
        <translation>No register &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>保存年限应在0到{max}年之间。</source>
        <translation>Retention must be between 0 and {max} years.</translation>
    </message>
    <message>
        <source>个人信息至少保存1年。</source>
        <translation>Personal data must be kept at least 1 year.</translation>
    </message>
    <message>
        <source>该记录未封存。</source>
        <translation>This record is not sealed.</translation>
    </message>
    <message>
        <source>请从企业名录中选择企业，或勾选“新增企业”。</source>
        <translation>Choose an enterprise from the register, or tick &quot;New enterprise&quot;.</translation>
    </message>
    <message>
        <source>新级别与当前级别相同。</source>
        <translation>The new level is the current level.</translation>
    </message>
    <message>
        <source>该数据库要求登录：请用环境变量 TRIPARTITE_USER 给出登录名，TRIPARTITE_PASSWORD 给出密码。</source>
        <translation>This database requires sign-in: give the sign-in name in TRIPARTITE_USER and the password in TRIPARTITE_PASSWORD.</translation>
    </message>
    <message>
        <source>无法从标准输入读取密码：{reason}</source>
        <translation>Cannot read the password from standard input: {reason}</translation>
    </message>
    <message>
        <source>请在终端中输入密码，或用 --password-stdin 从标准输入读取。</source>
        <translation>Type the password on a terminal, or read it from standard input with --password-stdin.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致，未作修改。</source>
        <translation>The two passwords differ; nothing was changed.</translation>
    </message>
    <message>
        <source>当前用户的角色是“查看”，只能查阅，不能新增、修改或删除任何内容。</source>
        <translation>Your role is viewer: you can read, but not add, change or delete anything.</translation>
    </message>
    <message>
        <source>当前用户的角色是“领导”，可以查阅全部内容，并签发纪要、签发或解除预警、确认督办事项办结、查看个人信息；新增或修改记录请由秘书办理。</source>
        <translation>The current user is a leader: they may read everything, issue minutes, issue or lift warnings, sign off follow-up items and show personal data; adding or changing records is for a secretary.</translation>
    </message>
    <message>
        <source>登录名或密码不正确。</source>
        <translation>Wrong sign-in name or password.</translation>
    </message>
    <message>
        <source>PostgreSQL 数据库有用户后总是要求登录，不能关闭。</source>
        <translation>A PostgreSQL database with users always requires sign-in; it cannot be switched off.</translation>
    </message>
    <message>
        <source>请先添加一位管理员（tripartite user add 名字 --role admin），再开启登录。</source>
        <translation>Add an administrator first (tripartite user add NAME --role admin), then switch sign-in on.</translation>
    </message>
    <message>
        <source>连续输错密码{tries}次，该用户已锁定至 {until}（北京时间）。请稍后再试，或请管理员重置密码。</source>
        <translation>{tries} wrong passwords in a row: the account is locked until {until} (Beijing time). Try later, or ask an administrator to reset the password.</translation>
    </message>
    <message>
        <source>登录名或密码不正确（再输错{left}次将锁定{minutes}分钟）。</source>
        <translation>Wrong sign-in name or password ({left} more wrong tries lock the account for {minutes} minutes).</translation>
    </message>
    <message>
        <source>用户“{name}”已停用，不能登录。请联系管理员。</source>
        <translation>User &quot;{name}&quot; is disabled and cannot sign in. Ask an administrator.</translation>
    </message>
    <message>
        <source>没有登录名为“{name}”的用户。</source>
        <translation>No user signs in as &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>角色应为 admin（管理员）、secretary（秘书）、leader（领导）或 viewer（查看）之一：{value}</source>
        <translation>The role must be admin, secretary, leader or viewer: {value}</translation>
    </message>
    <message>
        <source>密码应为 {low} 到 {high} 个字符。</source>
        <translation>The password must have {low} to {high} characters.</translation>
    </message>
    <message>
        <source>登录名不能包含空格：{name}</source>
        <translation>A sign-in name cannot contain spaces: {name}</translation>
    </message>
    <message>
        <source>登录名“{name}”已被使用。</source>
        <translation>The sign-in name &quot;{name}&quot; is taken.</translation>
    </message>
    <message>
        <source>第一个用户必须是管理员（--role admin），以便由他添加其他用户。</source>
        <translation>The first user must be an administrator (--role admin), who then adds the others.</translation>
    </message>
    <message>
        <source>该数据库已经有用户（可能刚由另一台电脑创建）：请用管理员给您的登录名和密码登录。</source>
        <translation>This database already has users (perhaps just created on another PC): sign in with the name and password your administrator gave you.</translation>
    </message>
    <message>
        <source>“{name}”是唯一启用的管理员，不能停用或改为其他角色；请先让另一位用户成为管理员。</source>
        <translation>&quot;{name}&quot; is the only active administrator and cannot be disabled or given another role; make another user an administrator first.</translation>
    </message>
    <message>
        <source>当前用户的角色是“{role}”，无权{action}。</source>
        <extracomment>The administrator may do everything; a leader reads everything and takes the decisions (but adds or edits nothing else: ``models.access``); a secretary does the day&apos;s work; a viewer only reads (personal data always masked).</extracomment>
        <translation>Your role ({role}) does not allow you to {action}.</translation>
    </message>
    <message>
        <source>audit protect 只用于 PostgreSQL：单机 SQLite 文件没有数据库角色，请用文件权限保护它。</source>
        <translation>audit protect is for PostgreSQL only: a single-user SQLite file has no database roles; protect it with file permissions.</translation>
    </message>
    <message>
        <source>数据库服务器上没有角色“{role}”。</source>
        <translation>The database server has no role “{role}”.</translation>
    </message>
    <message>
        <source>“{role}”是当前登录的角色（表的所有者不受授权限制）：请为各台电脑另建一个角色，用所有者执行本命令。</source>
        <translation>“{role}” is the role signed in now (a table&apos;s owner is not bound by grants): create another role for the PCs and run this command as the owner.</translation>
    </message>
    <message>
        <source>只有数据表的所有者才能执行 audit protect。</source>
        <translation>Only the owner of the tables may run audit protect.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>“{name}”的号码在您编辑期间已被他人修改，表中显示的已不是保存的号码，请重新输入完整号码。</source>
        <translation>The number of “{name}” was changed by someone else while you were editing; the table no longer shows the stored number. Please enter the full number again.</translation>
    </message>
    <message>
        <source>无法写入临时文件：{reason}</source>
        <translation>Cannot write a temporary file: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>正在读取会议…</source>
        <translation>Reading meetings…</translation>
    </message>
    <message>
        <source>正在写入 {n} 个日程…</source>
        <translation>Writing {n} events…</translation>
    </message>
    <message>
        <source>全部机制</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <source>某一机制</source>
        <translation>One body</translation>
    </message>
    <message>
        <source>某位参会人的会议</source>
        <translation>One person’s meetings</translation>
    </message>
    <message>
        <source>本次会议</source>
        <translation>This meeting</translation>
    </message>
    <message>
        <source>只导出以下日期范围内的会议</source>
        <translation>Only meetings in this date range</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>系列会议写成一个重复日程（含例外），适合导入或订阅后长期使用。</source>
        <translation>A recurring series is written as one recurring event (with its exceptions): fit for importing or subscribing for good.</translation>
    </message>
    <message>
        <source>限定日期范围时不写重复规则：系列会议的每一次单独写成一个日程（含已取消的，标记为取消）。导入回本库时更新对应的那一次，导入到其他库则成为单独的会议。</source>
        <translation>With a date range no recurrence rules are written: each occurrence of a series becomes an event of its own (cancelled ones marked as cancelled). Imported back into this database it updates that occurrence; imported into another, it becomes a separate meeting.</translation>
    </message>
    <message>
        <source>每次会议单独写成一个日程（含已取消的会议，标记为取消）。</source>
        <translation>Each meeting is written as an event of its own (cancelled ones included, marked cancelled).</translation>
    </message>
    <message>
        <source>导出日历</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <source>日历文件 (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>无法导出日历</source>
        <translation>Cannot export the calendar</translation>
    </message>
    <message>
        <source>正在导出日历…</source>
        <translation>Exporting the calendar…</translation>
    </message>
    <message>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>已导出 {n} 个日程到：
{path}</source>
        <translation>Exported {n} events to:
{path}</translation>
    </message>
</context>
<context>
    <name>ExtendClockDialog</name>
    <message>
        <source>延期：{number}</source>
        <translation>Extend: {number}</translation>
    </message>
    <message>
        <source>延长天数(&amp;D)：</source>
        <translation>Extend by (&amp;D):</translation>
    </message>
    <message>
        <source> 日</source>
        <translation> days</translation>
    </message>
    <message>
        <source>理由(&amp;W)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>双方当事人同意延期的情况</source>
        <translation>How both parties agreed to the extension</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>延长预警有效期：{name}</source>
        <translation>Extend warning: {name}</translation>
    </message>
    <message>
        <source>现有效期至：</source>
        <translation>Now expires:</translation>
    </message>
    <message>
        <source>延期至(&amp;U)：</source>
        <translation>Extend &amp;until:</translation>
    </message>
    <message>
        <source>理由(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>FeedPublishing</name>
    <message>
        <source>已更新发布的日历（{n} 个文件）。</source>
        <translation>Published calendars updated ({n} files).</translation>
    </message>
    <message>
        <source>日历发布失败：{reason}</source>
        <translation>Calendar publishing failed: {reason}</translation>
    </message>
    <message>
        <source>日历发布失败</source>
        <translation>Calendar publishing failed</translation>
    </message>
    <message>
        <source>{reason}

会议已保存，但发布文件夹中的 .ics 文件没有更新。请在“文件 → 日历 → 日历发布设置”中检查文件夹；之后每次会议变化时会再次尝试。</source>
        <translation>{reason}

The meeting was saved, but the .ics files in the publish folder were not updated. Check the folder in File → Calendar → Publishing Settings; publishing is tried again at every meeting change.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>创建管理员 — 三方联席秘书台</source>
        <translation>Create administrator — Tripartite Secretariat</translation>
    </message>
    <message>
        <source>如 wangmishu（不含空格）</source>
        <translation>e.g. wangmishu (no spaces)</translation>
    </message>
    <message>
        <source>登录名(&amp;N)：</source>
        <translation>Sign-in &amp;name:</translation>
    </message>
    <message>
        <source>显示姓名(&amp;D)：</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>单位(&amp;O)：</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>再次输入密码(&amp;A)：</source>
        <translation>Password &amp;again:</translation>
    </message>
    <message>
        <source>创建并登录</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>共享数据库（{where}）还没有任何用户。请创建第一位管理员：由他添加其他秘书、领导和查看用户。密码至少 8 个字符，只以加盐慢哈希保存。</source>
        <translation>The shared database ({where}) has no users yet. Create the first administrator, who then adds the secretaries, leaders and viewers. The password needs at least 8 characters and is stored only as a salted slow hash.</translation>
    </message>
</context>
<context>
    <name>FormatActions</name>
    <message>
        <source>加粗</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>编号列表</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <source>项目符号列表</source>
        <translation>Bulleted list</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>{n} 个文件</source>
        <translation>{n} files</translation>
    </message>
    <message>
        <source>双击查看这次汇报的 {n} 个佐证材料</source>
        <translation>Double-click to see the {n} evidence files of this report</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>查看所选版本</source>
        <translation>Show selected version</translation>
    </message>
    <message>
        <source>比较</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>与</source>
        <translation>with</translation>
    </message>
    <message>
        <source>第 {n} 版</source>
        <translation>Version {n}</translation>
    </message>
</context>
<context>
    <name>HolidayDayDialog</name>
    <message>
        <source>设置节假日</source>
        <translation>Set a holiday</translation>
    </message>
    <message>
        <source>日期(&amp;D)：</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>安排(&amp;K)：</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>名称(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>如 春节、国庆节调休上班</source>
        <translation>e.g. Spring Festival, National Day make-up working day</translation>
    </message>
</context>
<context>
    <name>HolidayDaysModel</name>
    <message>
        <source>节假日表（导入或手工）</source>
        <translation>Holiday table (imported or entered)</translation>
    </message>
    <message>
        <source>内置（chinesecalendar）</source>
        <translation>Built in (chinesecalendar)</translation>
    </message>
    <message>
        <source>仅按周末</source>
        <translation>Weekends only</translation>
    </message>
    <message>
        <source>按放假办法推算（暂定）</source>
        <translation>Computed from the holiday rules (provisional)</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>安排</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>法定节假日与调休</source>
        <translation>Public holidays and make-up working days</translation>
    </message>
</context>
<context>
    <name>HolidaysPanel</name>
    <message>
        <source>导入节假日安排…</source>
        <translation>Import holiday schedule…</translation>
    </message>
    <message>
        <source>设置某日…</source>
        <translation>Set a day…</translation>
    </message>
    <message>
        <source>恢复默认</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <source>删除选中日期的手工或导入设置，改按内置日历</source>
        <translation>Remove the hand-set or imported entry of the selected day and follow the built-in calendar again</translation>
    </message>
    <message>
        <source>导入文件为 CSV 文本，每行“日期,安排,名称”，如 2027-01-01,休,元旦 或 2027-02-07,班,春节调休；文件中出现的年份以文件为准。</source>
        <translation>The file to import is CSV text, one line per day “date,arrangement,name”, e.g. 2027-01-01,休,元旦 or 2027-02-07,班,春节调休; for every year it mentions the file replaces what was there.</translation>
    </message>
    <message>
        <source>年份(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>{year}年的法定节假日安排尚未导入：下列法定节假日按《全国年节及纪念日放假办法》推算，调休上班和连休日未知，据此计算的日期均为暂定。国务院办公厅通常在前一年11月公布次年安排，公布后请在此导入。</source>
        <translation>The holiday schedule of {year} is not loaded: the statutory holidays below are computed from the national holiday rules; make-up working days and bridging days are unknown, so dates computed from them are provisional. The State Council usually publishes the next year&apos;s schedule in November; import it here once it is out.</translation>
    </message>
    <message>
        <source>{year}年：放假 {holidays} 天，调休上班 {workdays} 天。</source>
        <translation>{year}: {holidays} days off, {workdays} make-up working days.</translation>
    </message>
    <message>
        <source>导入节假日安排</source>
        <translation>Import holiday schedule</translation>
    </message>
    <message>
        <source>节假日安排 (*.csv *.txt);;所有文件 (*)</source>
        <translation>Holiday schedules (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>无法导入节假日安排</source>
        <translation>Cannot import the holiday schedule</translation>
    </message>
    <message>
        <source>已导入 {years} 年：新增 {added} 天，更新 {updated} 天，移除 {removed} 天。</source>
        <translation>Imported {years}: {added} days added, {updated} updated, {removed} removed.</translation>
    </message>
    <message>
        <source>无法设置节假日</source>
        <translation>Cannot set the holiday</translation>
    </message>
    <message>
        <source>无法恢复默认</source>
        <translation>Cannot restore the default</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <source>此页的导入和设置立即保存，无需按“确定”。法定节假日和调休影响会议日期提示和争议案件期限的计算。</source>
        <translation>Imports and changes on this tab are saved at once, without OK. Statutory holidays and make-up working days affect the meeting date warnings and the dispute case deadlines.</translation>
    </message>
</context>
<context>
    <name>IcsPreviewModel</name>
    <message>
        <source>（全天）</source>
        <translation> (all day)</translation>
    </message>
    <message>
        <source>系列</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>单次</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>{n} 位参会人不在通讯录中</source>
        <translation>{n} attendees are not in the contacts</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>文件行号</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>欢迎使用三方联席秘书台</source>
        <translation>Welcome to Tripartite Secretariat</translation>
    </message>
    <message>
        <source>请填写您的姓名和单位。每一次修改都会以此署名记入审计日志。</source>
        <translation>Enter your name and organisation. Every change you make is recorded under this name in the audit log.</translation>
    </message>
    <message>
        <source>如 经开区总工会</source>
        <translation>e.g. Development Zone Federation of Trade Unions</translation>
    </message>
    <message>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>单位(&amp;O)：</source>
        <translation>&amp;Organisation:</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>每次修改都以此姓名记入审计日志。</source>
        <translation>Every change is recorded in the audit log under this name.</translation>
    </message>
    <message>
        <source>已设置环境变量 {name}：启动时以其中的姓名为准。</source>
        <translation>The environment variable {name} is set: its name takes precedence at start-up.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Job Title</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>督办事项</source>
        <translation>Follow-up item</translation>
    </message>
    <message>
        <source>机制</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>完成期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>请选择 .ics 文件</source>
        <translation>Choose an .ics file</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>跳过无法导入的日程，导入其余日程</source>
        <translation>Skip the events that cannot be imported and import the rest</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>导入到机制：</source>
        <translation>Import into body:</translation>
    </message>
    <message>
        <source>无法导入该文件</source>
        <translation>Cannot import this file</translation>
    </message>
    <message>
        <source>正在读取日历文件…</source>
        <translation>Reading the calendar file…</translation>
    </message>
    <message>
        <source>导入日历</source>
        <translation>Import calendar</translation>
    </message>
    <message>
        <source>没有导入任何内容。</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>选择 Outlook、WPS、Thunderbird 或手机日历导出的 .ics 文件后，这里会列出每个日程将新建、更新还是不变（按 UID 匹配）；确认后才会写入。</source>
        <translation>Choose an .ics file exported from Outlook, WPS, Thunderbird or a phone calendar: each event is listed here as new, updated or unchanged (matched by UID); nothing is written until you confirm.</translation>
    </message>
    <message>
        <source>预览：{summary}</source>
        <translation>Preview: {summary}</translation>
    </message>
    <message>
        <source>没有日程</source>
        <translation>no events</translation>
    </message>
    <message>
        <source>选择要导入的日历文件</source>
        <translation>Choose the calendar file to import</translation>
    </message>
    <message>
        <source>日历文件 (*.ics *.ifb *.ical)</source>
        <translation>Calendar files (*.ics *.ifb *.ical)</translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>正在导入日程…</source>
        <translation>Importing events…</translation>
    </message>
    <message>
        <source>没有写入任何数据。</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>新建 {created} 项，更新 {updated} 项。</source>
        <translation>{created} created, {updated} updated.</translation>
    </message>
</context>
<context>
    <name>IncidentConflicts</name>
    <message>
        <source>企业</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>事件名称</source>
        <translation>Incident name</translation>
    </message>
    <message>
        <source>事件级别</source>
        <translation>Incident level</translation>
    </message>
    <message>
        <source>发生时间</source>
        <translation>Began</translation>
    </message>
    <message>
        <source>获悉时间</source>
        <translation>Learned at</translation>
    </message>
    <message>
        <source>涉及职工人数</source>
        <translation>Workers affected</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>事件经过</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>主要诉求</source>
        <translation>Main demands</translation>
    </message>
    <message>
        <source>已采取措施</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <source>演练</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>涉及人员</source>
        <translation>Persons involved</translation>
    </message>
</context>
<context>
    <name>IncidentDetailView</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>显示完整号码</source>
        <translation>Show full numbers</translation>
    </message>
    <message>
        <source>联动会议</source>
        <translation>Linkage meetings</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>导出所选报告…</source>
        <translation>Export selected report…</translation>
    </message>
    <message>
        <source>选择一个事件查看详情。</source>
        <translation>Select an incident to see its details.</translation>
    </message>
    <message>
        <source>涉及人员</source>
        <translation>Persons involved</translation>
    </message>
    <message>
        <source>关联联动会议</source>
        <translation>Linked linkage meetings</translation>
    </message>
    <message>
        <source>事件信息</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>通报情况</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>处置经过</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>报告</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>已显示完整号码（已记入审计日志）</source>
        <translation>Full numbers shown (written to the audit log)</translation>
    </message>
    <message>
        <source>（尚未关联联动会议）</source>
        <translation>(no linkage meeting linked yet)</translation>
    </message>
    <message>
        <source>通报情况（{n}家超时）</source>
        <translation>Notifications ({n} late)</translation>
    </message>
    <message>
        <source>演练</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>企业：</source>
        <translation>Enterprise:</translation>
    </message>
    <message>
        <source>发生时间：{at}</source>
        <translation>Began: {at}</translation>
    </message>
    <message>
        <source>获悉时间：{at}</source>
        <translation>Learned of: {at}</translation>
    </message>
    <message>
        <source>涉及职工{n}人</source>
        <translation>{n} workers</translation>
    </message>
    <message>
        <source>地点：{text}</source>
        <translation>Place: {text}</translation>
    </message>
    <message>
        <source>事件经过：{text}</source>
        <translation>What happened: {text}</translation>
    </message>
    <message>
        <source>主要诉求：{text}</source>
        <translation>Demands: {text}</translation>
    </message>
    <message>
        <source>已采取措施：{text}</source>
        <translation>Measures taken: {text}</translation>
    </message>
    <message>
        <source>处置结果：{text}</source>
        <translation>Outcome: {text}</translation>
    </message>
    <message>
        <source>处置结束时间：{at}</source>
        <translation>Response ended: {at}</translation>
    </message>
    <message>
        <source>由预警 {id} 转入</source>
        <translation>Opened from warning {id}</translation>
    </message>
    <message>
        <source>关联争议案件 {id}</source>
        <translation>Linked dispute case {id}</translation>
    </message>
    <message>
        <source>涉及人员的个人信息已按保存期限删除。</source>
        <translation>The personal data of the persons involved was removed at the end of its retention period.</translation>
    </message>
    <message>
        <source>本事件已封存：个人信息仅作保存，不再处理。</source>
        <translation>This incident is sealed: its personal data is kept in storage only.</translation>
    </message>
    <message>
        <source>可报送：{kinds}</source>
        <translation>Can be sent: {kinds}</translation>
    </message>
    <message>
        <source>报告已齐全。</source>
        <translation>All reports are in.</translation>
    </message>
    <message>
        <source>&#x3000;今日日报尚未报送。</source>
        <translation> Today&apos;s daily report has not been sent.</translation>
    </message>
    <message>
        <source>报告（{n}）</source>
        <translation>Reports ({n})</translation>
    </message>
</context>
<context>
    <name>IncidentIntakeDialog</name>
    <message>
        <source>职工代表</source>
        <translation>Workers&apos; representative</translation>
    </message>
    <message>
        <source>修改事件：{number}</source>
        <translation>Edit incident: {number}</translation>
    </message>
    <message>
        <source>新建突发事件</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>企业(&amp;E)：</source>
        <translation>&amp;Enterprise:</translation>
    </message>
    <message>
        <source>事件名称(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>如：某公司职工因欠薪聚集</source>
        <translation>e.g. workers of a company gathered over unpaid wages</translation>
    </message>
    <message>
        <source>事件级别(&amp;L)：</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>发生时间(&amp;B)：</source>
        <translation>&amp;Began:</translation>
    </message>
    <message>
        <source>获悉时间(&amp;K)：</source>
        <translation>Learned o&amp;f:</translation>
    </message>
    <message>
        <source>涉及职工人数(&amp;W)：</source>
        <translation>&amp;Workers involved:</translation>
    </message>
    <message>
        <source>地点(&amp;P)：</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>事件经过：</source>
        <translation>What happened:</translation>
    </message>
    <message>
        <source>主要诉求：</source>
        <translation>Demands:</translation>
    </message>
    <message>
        <source>已采取措施：</source>
        <translation>Measures taken:</translation>
    </message>
    <message>
        <source>演练（不计入统计）</source>
        <translation>Drill (left out of statistics)</translation>
    </message>
    <message>
        <source>涉及人员：</source>
        <translation>Persons involved:</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>添加人员</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>Ⅰ级</source>
        <translation>Level I</translation>
    </message>
    <message>
        <source>Ⅱ级</source>
        <translation>Level II</translation>
    </message>
    <message>
        <source>Ⅲ级</source>
        <translation>Level III</translation>
    </message>
    <message>
        <source>Ⅳ级</source>
        <translation>Level IV</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>事件</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>发生时间</source>
        <translation>Began</translation>
    </message>
    <message>
        <source>通报</source>
        <translation>Notified</translation>
    </message>
    <message>
        <source>超时</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>截止</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>通报人/时间</source>
        <translation>Notified by / at</translation>
    </message>
    <message>
        <source>接收人</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>签收人/时间</source>
        <translation>Acknowledged by / at</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>报告</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>报送时间</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <source>报送人</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>报送报告</source>
        <translation>Send report</translation>
    </message>
    <message>
        <source>{number}的总结评估报告已经报送，不再报送报告。</source>
        <translation>The closing assessment of {number} has been sent; no more reports.</translation>
    </message>
    <message>
        <source>已保存{title}。</source>
        <translation>{title} saved.</translation>
    </message>
    <message>
        <source>导出 Word</source>
        <translation>Export Word</translation>
    </message>
    <message>
        <source>已保存{title}。现在导出为 Word 文档吗？</source>
        <translation>{title} saved. Export it as a Word document now?</translation>
    </message>
    <message>
        <source>导出报告</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>无法导出报告</source>
        <translation>Cannot export the report</translation>
    </message>
    <message>
        <source>已导出{title}：{path}</source>
        <translation>Exported {title}: {path}</translation>
    </message>
    <message>
        <source>正在导出{title}…</source>
        <translation>Exporting {title}…</translation>
    </message>
    <message>
        <source>处置结束</source>
        <translation>End response</translation>
    </message>
    <message>
        <source>{number}已结束处置。现在报送总结评估报告吗？</source>
        <translation>The response to {number} has ended. Write the closing assessment now?</translation>
    </message>
    <message>
        <source>关联联动会议</source>
        <translation>Link linkage meeting</translation>
    </message>
    <message>
        <source>“群体突发事件七方联动机制”没有可关联的会议。请先在日程中安排该机制的会议。</source>
        <translation>The seven-party linkage body has no meeting to link. Schedule one in the calendar first.</translation>
    </message>
    <message>
        <source>已保存通报时限。</source>
        <translation>Time limits saved.</translation>
    </message>
    <message>
        <source>启动突发事件处置</source>
        <translation>Open an incident</translation>
    </message>
    <message>
        <source>已由此启动过突发事件处置：{numbers}。再新建一起事件吗？</source>
        <translation>Incidents already opened from this: {numbers}. Open another?</translation>
    </message>
    <message>
        <source>已启动突发事件处置{number}，请到“突发事件”页面通报联动单位。</source>
        <translation>Incident {number} opened; notify the parties on the Incidents page.</translation>
    </message>
    <message>
        <source>启动突发事件处置：{name}</source>
        <translation>Open an incident: {name}</translation>
    </message>
    <message>
        <source>转为突发事件：{name}</source>
        <translation>Open an incident: {name}</translation>
    </message>
    <message>
        <source>报送报告…</source>
        <extracomment>toolbar key → (text, name of the function in ``incidents.actions``, whether it needs the row open)</extracomment>
        <translation>Send report…</translation>
    </message>
    <message>
        <source>记录处置措施…</source>
        <translation>Record action…</translation>
    </message>
    <message>
        <source>调整级别…</source>
        <translation>Change level…</translation>
    </message>
    <message>
        <source>关联联动会议…</source>
        <translation>Link meeting…</translation>
    </message>
    <message>
        <source>处置结束…</source>
        <translation>End response…</translation>
    </message>
    <message>
        <source>重新启动…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>突发事件</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>按编号、事件名称或企业查找</source>
        <translation>Find by number, name or enterprise</translation>
    </message>
    <message>
        <source>处置中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>含演练</source>
        <translation>Include drills</translation>
    </message>
    <message>
        <source>新建事件…</source>
        <translation>New incident…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>通报时限设置…</source>
        <translation>Time limits…</translation>
    </message>
    <message>
        <source>共 {n} 起</source>
        <translation>{n} in all</translation>
    </message>
    <message>
        <source>显示 {shown} 起，共 {n} 起</source>
        <translation>{shown} of {n} shown</translation>
    </message>
    <message>
        <source>无法显示完整号码</source>
        <translation>Cannot show full numbers</translation>
    </message>
    <message>
        <source>已显示{number}涉及人员的完整号码；此操作已记入审计日志。</source>
        <translation>Full numbers of the persons in {number} are shown; this was written to the audit log.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>签发预警：{name}</source>
        <translation>Issue warning: {name}</translation>
    </message>
    <message>
        <source>建议理由：</source>
        <translation>Suggested because:</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>预警级别(&amp;L)：</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>开始日期(&amp;S)：</source>
        <translation>&amp;Starts:</translation>
    </message>
    <message>
        <source>有效期至(&amp;E)：</source>
        <translation>&amp;Expires:</translation>
    </message>
    <message>
        <source>影响范围：</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>涉及职工人数：</source>
        <translation>Workers affected:</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>需关注事项：</source>
        <translation>To watch:</translation>
    </message>
    <message>
        <source>措施：</source>
        <translation>Measures:</translation>
    </message>
    <message>
        <source>改变级别的理由(&amp;R)：</source>
        <translation>&amp;Reason for another level:</translation>
    </message>
    <message>
        <source>签发级别与建议级别不同时必填</source>
        <translation>Required when the level differs from the suggested one</translation>
    </message>
</context>
<context>
    <name>ItemCommands</name>
    <message>
        <source>无法新建督办事项</source>
        <translation>Cannot create the follow-up item</translation>
    </message>
    <message>
        <source>无法保存督办事项</source>
        <translation>Cannot save the follow-up item</translation>
    </message>
    <message>
        <source>无法汇报进展</source>
        <translation>Cannot report progress</translation>
    </message>
    <message>
        <source>汇报已保存，但佐证材料未能添加</source>
        <translation>The report was saved, but the evidence could not be added</translation>
    </message>
    <message>
        <source>办结确认：{title}</source>
        <translation>Sign off: {title}</translation>
    </message>
    <message>
        <source>办结意见：</source>
        <translation>Sign-off note:</translation>
    </message>
    <message>
        <source>经核实，已按要求办结。</source>
        <translation>Checked: completed as required.</translation>
    </message>
    <message>
        <source>重新打开：{title}</source>
        <translation>Reopen: {title}</translation>
    </message>
    <message>
        <source>理由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>撤销：{title}</source>
        <translation>Withdraw: {title}</translation>
    </message>
    <message>
        <source>撤销理由：</source>
        <translation>Reason for withdrawal:</translation>
    </message>
    <message>
        <source>无法记录催办</source>
        <translation>Cannot record the chase</translation>
    </message>
    <message>
        <source>无法调整期限</source>
        <translation>Cannot change the due date</translation>
    </message>
    <message>
        <source>无法改派</source>
        <translation>Cannot reassign</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>上次会议议定事项落实情况</source>
        <translation>Progress on decisions of the previous meeting</translation>
    </message>
    <message>
        <source>未启动</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>待确认</source>
        <translation>To sign off</translation>
    </message>
    <message>
        <source>已办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <source>中</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>进展汇报</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>提请办结</source>
        <translation>Submitted for sign-off</translation>
    </message>
    <message>
        <source>办结确认</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <source>汇报进展（请先重新打开）</source>
        <translation>given a progress report (reopen it first)</translation>
    </message>
    <message>
        <source>进展情况</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>办结确认（须先由责任单位汇报完成，状态为“待确认”）</source>
        <translation>signed off (the owner must first report it complete, so that it is “awaiting sign-off”)</translation>
    </message>
    <message>
        <source>办结意见</source>
        <translation>Sign-off note</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>重新打开的理由</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>撤销理由</source>
        <translation>Reason for withdrawal</translation>
    </message>
    <message>
        <source>催办</source>
        <translation>Reminder sent</translation>
    </message>
    <message>
        <source>催办内容</source>
        <translation>Chase text</translation>
    </message>
    <message>
        <source>启动办理</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>未逾期</source>
        <translation>Not overdue</translation>
    </message>
    <message>
        <source>逾期1-7天</source>
        <translation>1-7 days overdue</translation>
    </message>
    <message>
        <source>逾期8-30天</source>
        <translation>8-30 days overdue</translation>
    </message>
    <message>
        <source>逾期30天以上</source>
        <translation>Over 30 days overdue</translation>
    </message>
    <message>
        <source>议题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>议程计划用时 {total} 分钟，超过会议时长 {length} 分钟（超出 {over} 分钟）。</source>
        <translation>The agenda is planned at {total} minutes, longer than the {length}-minute meeting (by {over} minutes).</translation>
    </message>
    <message>
        <source>上次会议议定事项均已办结。</source>
        <translation>All decisions of the previous meeting have been completed.</translation>
    </message>
    <message>
        <source>未确认</source>
        <translation>Unconfirmed</translation>
    </message>
    <message>
        <source>出席</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>请假</source>
        <translation>Apologies</translation>
    </message>
    <message>
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>委托</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>本机制未设法定人数要求。</source>
        <translation>This mechanism has no quorum requirement.</translation>
    </message>
    <message>
        <source>未达到法定人数：{sides}无人出席。</source>
        <translation>Quorum not reached: no one from {sides} is present.</translation>
    </message>
    <message>
        <source>已达到法定人数：各方均有代表出席。</source>
        <translation>Quorum reached: every side is represented.</translation>
    </message>
    <message>
        <source>已达到法定人数：应到 {expected} 人，实到 {present} 人（至少 {required} 人）。</source>
        <translation>Quorum reached: {present} of {expected} present (at least {required} required).</translation>
    </message>
    <message>
        <source>未达到法定人数：应到 {expected} 人，实到 {present} 人，至少需要 {required} 人。</source>
        <translation>Quorum not reached: {present} of {expected} present; at least {required} required.</translation>
    </message>
    <message>
        <source>政府方</source>
        <translation>Government side</translation>
    </message>
    <message>
        <source>工会方</source>
        <translation>Union side</translation>
    </message>
    <message>
        <source>企业方</source>
        <translation>Employer side</translation>
    </message>
    <message>
        <source>司法方</source>
        <translation>Judicial side</translation>
    </message>
    <message>
        <source>联动单位</source>
        <translation>Linkage partner</translation>
    </message>
    <message>
        <source>机制名称</source>
        <translation>Mechanism name</translation>
    </message>
    <message>
        <source>发文代字</source>
        <translation>Issuer code</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>机制代表</source>
        <translation>Mechanism representatives</translation>
    </message>
    <message>
        <source>会议室</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>系列会议</source>
        <translation>Meeting series</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>参会记录</source>
        <translation>Attendance records</translation>
    </message>
    <message>
        <source>议程</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>发文字号</source>
        <translation>Document numbers</translation>
    </message>
    <message>
        <source>会议纪要</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>纪要分发记录</source>
        <translation>Minutes deliveries</translation>
    </message>
    <message>
        <source>议定事项</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>排查</source>
        <translation>Screenings</translation>
    </message>
    <message>
        <source>排查结果</source>
        <translation>Screening results</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>预警消息</source>
        <translation>Warning messages</translation>
    </message>
    <message>
        <source>机制</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>通报单位</source>
        <translation>Notified party</translation>
    </message>
    <message>
        <source>事件报告</source>
        <translation>Incident report</translation>
    </message>
    <message>
        <source>处置记录</source>
        <translation>Response record</translation>
    </message>
    <message>
        <source>涉事职工</source>
        <translation>Worker involved</translation>
    </message>
    <message>
        <source>关联会议</source>
        <translation>Linked meeting</translation>
    </message>
    <message>
        <source>通报时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>保存期限</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>附件内容</source>
        <translation>Attachment content</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>登录设置</source>
        <translation>Sign-in setting</translation>
    </message>
    <message>
        <source>个人信息清除</source>
        <translation>Personal data purge</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>电话号码</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>查看完整个人信息</source>
        <translation>Show personal data</translation>
    </message>
    <message>
        <source>清除个人信息</source>
        <translation>Purge personal data</translation>
    </message>
    <message>
        <source>启封</source>
        <translation>Unseal</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>生成演示数据</source>
        <translation>Generate demo data</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>建议级别</source>
        <translation>Suggested level</translation>
    </message>
    <message>
        <source>优先级</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>电子邮箱</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>涉及人数</source>
        <translation>Workers affected</translation>
    </message>
    <message>
        <source>已建工会</source>
        <translation>Has a union</translation>
    </message>
    <message>
        <source>已签集体合同</source>
        <translation>Has a collective contract</translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束时间</source>
        <translation>End</translation>
    </message>
    <message>
        <source>全天</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>线上会议地址</source>
        <translation>Online meeting link</translation>
    </message>
    <message>
        <source>重复规则</source>
        <translation>Recurrence</translation>
    </message>
    <message>
        <source>容纳人数</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>汇报人</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>顺序</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>计划时长（分钟）</source>
        <translation>Planned minutes</translation>
    </message>
    <message>
        <source>时长（分钟）</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>回复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>代为出席</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>签发时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>签发人</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>收件人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>发送时间</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <source>发送人</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>办理期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>进展</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>完成比例</source>
        <translation>Percent done</translation>
    </message>
    <message>
        <source>负责单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>协办单位</source>
        <translation>Co-organisers</translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>办结人</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <source>办结说明</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <source>审核意见</source>
        <translation>Review note</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>到期日期</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>影响范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>关注事项</source>
        <translation>What to watch</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>演练</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>不予预警的理由</source>
        <translation>Reason dismissed</translation>
    </message>
    <message>
        <source>提示函年份</source>
        <translation>Letter year</translation>
    </message>
    <message>
        <source>提示函序号</source>
        <translation>Letter serial</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>排查时间</source>
        <translation>Screened at</translation>
    </message>
    <message>
        <source>排查人</source>
        <translation>Screened by</translation>
    </message>
    <message>
        <source>拖欠金额</source>
        <translation>Amount owed</translation>
    </message>
    <message>
        <source>欠缴社保月数</source>
        <translation>Insurance months owed</translation>
    </message>
    <message>
        <source>拟裁员人数</source>
        <translation>Planned layoffs</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>争议事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>调解组织</source>
        <translation>Mediation body</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>协议金额</source>
        <translation>Agreed amount</translation>
    </message>
    <message>
        <source>达成协议日期</source>
        <translation>Agreement date</translation>
    </message>
    <message>
        <source>协议内容</source>
        <translation>Agreement terms</translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation>Perform by</translation>
    </message>
    <message>
        <source>履行方式</source>
        <translation>How performed</translation>
    </message>
    <message>
        <source>当事方</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>发生时间</source>
        <translation>Began</translation>
    </message>
    <message>
        <source>获知时间</source>
        <translation>Learned of</translation>
    </message>
    <message>
        <source>事件经过</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>诉求</source>
        <translation>Demands</translation>
    </message>
    <message>
        <source>成员单位</source>
        <translation>Member party</translation>
    </message>
    <message>
        <source>通报方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>时限（分钟）</source>
        <translation>Limit (minutes)</translation>
    </message>
    <message>
        <source>通报时间</source>
        <translation>Notified at</translation>
    </message>
    <message>
        <source>通报人</source>
        <translation>Notified by</translation>
    </message>
    <message>
        <source>签收时间</source>
        <translation>Acknowledged at</translation>
    </message>
    <message>
        <source>签收人</source>
        <translation>Acknowledged by</translation>
    </message>
    <message>
        <source>报送时间</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <source>撰写人</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>个人信息保存年限</source>
        <translation>Personal data years</translation>
    </message>
    <message>
        <source>档案保存年限</source>
        <translation>Archive years</translation>
    </message>
    <message>
        <source>登记簿</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>清除时间</source>
        <translation>Purged at</translation>
    </message>
    <message>
        <source>封存时间</source>
        <translation>Sealed at</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>显示名</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>需要登录</source>
        <translation>Sign-in required</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>校验值</source>
        <translation>Checksum</translation>
    </message>
    <message>
        <source>添加人</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>移除时间</source>
        <translation>Removed at</translation>
    </message>
    <message>
        <source>移除人</source>
        <translation>Removed by</translation>
    </message>
    <message>
        <source>记录编号</source>
        <translation>Record id</translation>
    </message>
    <message>
        <source>添加时间</source>
        <translation>Added at</translation>
    </message>
    <message>
        <source>议程模板</source>
        <translation>Agenda template</translation>
    </message>
    <message>
        <source>归档日期</source>
        <translation>Archived on</translation>
    </message>
    <message>
        <source>在职期间欠薪</source>
        <translation>Arrears while employed</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>参会人员</source>
        <translation>Attendee</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <source>修改说明</source>
        <translation>Change note</translation>
    </message>
    <message>
        <source>集体争议</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>创建人</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>代为出席人</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <source>文书类型</source>
        <translation>Document kind</translation>
    </message>
    <message>
        <source>发生日期</source>
        <translation>Happened on</translation>
    </message>
    <message>
        <source>节假日处理</source>
        <translation>Holiday rule</translation>
    </message>
    <message>
        <source>期次</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>知道日期</source>
        <translation>Knew on</translation>
    </message>
    <message>
        <source>标记人</source>
        <translation>Marked by</translation>
    </message>
    <message>
        <source>最长延长天数</source>
        <translation>Max extension days</translation>
    </message>
    <message>
        <source>最少人数</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>文号序号</source>
        <translation>Doc. serial</translation>
    </message>
    <message>
        <source>文号年份</source>
        <translation>Doc. year</translation>
    </message>
    <message>
        <source>口头</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>法定人数规则</source>
        <translation>Quorum rule</translation>
    </message>
    <message>
        <source>记录时间</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>替代</source>
        <translation>Replaces</translation>
    </message>
    <message>
        <source>报告间隔（天）</source>
        <translation>Report every (days)</translation>
    </message>
    <message>
        <source>报告日期</source>
        <translation>Report date</translation>
    </message>
    <message>
        <source>会议周期</source>
        <translation>Rhythm</translation>
    </message>
    <message>
        <source>席位</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>进入阶段日期</source>
        <translation>Stage since</translation>
    </message>
    <message>
        <source>截止</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>修改人</source>
        <translation>Updated by</translation>
    </message>
    <message>
        <source>已核实</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>未建工会</source>
        <translation>Without union</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>撤回的日志条数</source>
        <translation>Entries rolled back</translation>
    </message>
    <message>
        <source>截至日期</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>已清除</source>
        <translation>Purged</translation>
    </message>
    <message>
        <source>已封存</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>改写的日志条数</source>
        <translation>Entries rewritten</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>规模</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>随机种子</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>基准日期</source>
        <translation>Base date</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>劳动争议案件</source>
        <translation>Dispute cases</translation>
    </message>
    <message>
        <source>案件当事人</source>
        <translation>Case parties</translation>
    </message>
    <message>
        <source>请求事项</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>案件办理步骤</source>
        <translation>Case steps</translation>
    </message>
    <message>
        <source>期限延期与中止</source>
        <translation>Clock extensions and pauses</translation>
    </message>
    <message>
        <source>卷宗材料</source>
        <translation>Case file documents</translation>
    </message>
    <message>
        <source>督办事项</source>
        <translation>Follow-up items</translation>
    </message>
    <message>
        <source>督办协办单位</source>
        <translation>Follow-up co-organisations</translation>
    </message>
    <message>
        <source>督办进展</source>
        <translation>Follow-up progress</translation>
    </message>
    <message>
        <source>政府部门</source>
        <translation>Government department</translation>
    </message>
    <message>
        <source>人社部门</source>
        <translation>Human resources and social security</translation>
    </message>
    <message>
        <source>工会</source>
        <translation>Trade union</translation>
    </message>
    <message>
        <source>企业组织</source>
        <translation>Employers&apos; organisation</translation>
    </message>
    <message>
        <source>法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>仲裁机构</source>
        <translation>Arbitration body</translation>
    </message>
    <message>
        <source>公安</source>
        <translation>Public security</translation>
    </message>
    <message>
        <source>信访</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <source>司法行政</source>
        <translation>Judicial administration</translation>
    </message>
    <message>
        <source>检察院</source>
        <translation>Procuratorate</translation>
    </message>
    <message>
        <source>税务</source>
        <translation>Taxation</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>{day} 是法定节假日（{name}）</source>
        <translation>{day} is a public holiday ({name})</translation>
    </message>
    <message>
        <source>{day} 是星期{weekday}（休息日）</source>
        <translation>{day} is a {weekday} (weekend)</translation>
    </message>
    <message>
        <source>{year}年的法定节假日安排尚未导入，只知法定节假日、不知调休（可在节假日表中导入）。</source>
        <translation>The holiday schedule of {year} is not loaded: statutory holidays are known, make-up working days are not (import them in the holiday table).</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>已在通讯录中，将更新：{fields}</source>
        <translation>Already in contacts; will update: {fields}</translation>
    </message>
    <message>
        <source>已在通讯录中，没有新信息</source>
        <translation>Already in contacts; nothing new</translation>
    </message>
    <message>
        <source>与第{row}行为同一人，将更新：{fields}</source>
        <translation>Same person as row {row}; will update: {fields}</translation>
    </message>
    <message>
        <source>与第{row}行为同一人，没有新信息</source>
        <translation>Same person as row {row}; nothing new</translation>
    </message>
    <message>
        <source>新增</source>
        <extracomment>A ``reveal`` entry names what was unmasked as ``prefix:id[:document]``; its kind of record.</extracomment>
        <translation>New</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>无变化</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>已有更新版本，跳过</source>
        <translation>Newer version kept, skipped</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>跳过（无变化）</source>
        <translation>Skip (no change)</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>新增 {new} 人、更新 {updated} 人、无变化 {unchanged} 人、新增单位 {orgs} 个、拒绝 {rejected} 行</source>
        <translation>{new} new, {updated} updated, {unchanged} unchanged, {orgs} new organisations, {rejected} rows rejected</translation>
    </message>
    <message>
        <source>主持</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>列席</source>
        <translation>In attendance</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>已召开</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>已延期</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <source>每两个月</source>
        <translation>Every two months</translation>
    </message>
    <message>
        <source>每月</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>每季度</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>每周</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>自定义</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>节假日照常</source>
        <translation>Keep holiday dates</translation>
    </message>
    <message>
        <source>遇节假日顺延至下一个工作日</source>
        <translation>Move holidays to the next working day</translation>
    </message>
    <message>
        <source>自定义规则（{rule}）</source>
        <translation>Custom rule ({rule})</translation>
    </message>
    <message>
        <source>机制成员单位</source>
        <translation>Mechanism members</translation>
    </message>
    <message>
        <source>会议室名称</source>
        <translation>Room name</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>汇报逾期</source>
        <translation>Report late</translation>
    </message>
    <message>
        <source>已办结或已撤销</source>
        <translation>Done or withdrawn</translation>
    </message>
    <message>
        <source>催办单</source>
        <translation>chase letter</translation>
    </message>
    <message>
        <source>催办邮件</source>
        <translation>chase e-mail</translation>
    </message>
    <message>
        <source>从督办台账导入。</source>
        <translation>Imported from the follow-up ledger.</translation>
    </message>
    <message>
        <source>未回复</source>
        <translation>No reply</translation>
    </message>
    <message>
        <source>接受</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>谢绝</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>暂定</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>委托他人</source>
        <translation>Delegated</translation>
    </message>
    <message>
        <source>找不到对应的会议（可能已删除，或不是本机发出的邀请）。</source>
        <translation>No matching meeting (it may have been deleted, or the invitation was not sent from here).</translation>
    </message>
    <message>
        <source>回复人不在参会名单中（按电子邮箱匹配）。</source>
        <translation>The person replying is not on the list of attendees (matched by e-mail address).</translation>
    </message>
    <message>
        <source>回复针对的是较早版本的邀请，会议此后有变更。</source>
        <translation>The reply answers an earlier version of the invitation; the meeting has changed since.</translation>
    </message>
    <message>
        <source>本机没有可用的系统密钥环（如 Windows 凭据管理器、macOS 钥匙串或 GNOME 密钥环），密码不能安全保存，每次发送时需要重新输入。</source>
        <translation>This computer has no system keyring (such as Windows Credential Manager, macOS Keychain or GNOME Keyring), so the password cannot be stored safely and is asked for at each sending.</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>已签发</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>已分发</source>
        <translation>Distributed</translation>
    </message>
    <message>
        <source>参会</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>主送</source>
        <translation>Addressed</translation>
    </message>
    <message>
        <source>抄送</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>已发送</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>发送失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>已生成邮件文件</source>
        <translation>E-mail file written</translation>
    </message>
    <message>
        <source>已通过其他方式发送（手工确认）</source>
        <translation>Sent by other means (confirmed by hand)</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>已在名录中，将更新：{fields}</source>
        <translation>Already registered; will update: {fields}</translation>
    </message>
    <message>
        <source>已在名录中，没有新信息</source>
        <translation>Already registered; nothing new</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified credit code</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>所属园区/街道</source>
        <translation>Park / street</translation>
    </message>
    <message>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>园区/街道</source>
        <translation>Park/street</translation>
    </message>
    <message>
        <source>职工人数</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>是否建会</source>
        <translation>Union</translation>
    </message>
    <message>
        <source>集体合同</source>
        <translation>Collective contract</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>新增 {new} 家、更新 {updated} 家、无变化 {unchanged} 家、拒绝 {rejected} 行</source>
        <translation>{new} new, {updated} updated, {unchanged} unchanged, {rejected} rows rejected</translation>
    </message>
    <message>
        <source>排查名称</source>
        <translation>Screening name</translation>
    </message>
    <message>
        <source>新结果</source>
        <extracomment>The header cells of the sheet a campaign sends out, in this order (issue 11). Optional columns after those eight: filled in by the export, ignored by the import.</extracomment>
        <translation>New result</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>未填写</source>
        <translation>Empty</translation>
    </message>
    <message>
        <source>新结果 {new} 家、修改 {changed} 家、无变化 {unchanged} 家、未填写 {empty} 行、拒绝 {rejected} 行</source>
        <translation>{new} new results, {changed} changed, {unchanged} unchanged, {empty} rows empty, {rejected} rows rejected</translation>
    </message>
    <message>
        <source>已写入新结果 {new} 家、修改 {changed} 家；预警建议新增 {suggested} 条、更新 {updated} 条、撤回 {withdrawn} 条</source>
        <translation>{new} new results and {changed} changes written; warning suggestions: {suggested} new, {updated} updated, {withdrawn} withdrawn</translation>
    </message>
    <message>
        <source>欠薪月数</source>
        <translation>Arrears months</translation>
    </message>
    <message>
        <source>涉及职工人数</source>
        <translation>Workers affected</translation>
    </message>
    <message>
        <source>欠薪金额（元）</source>
        <translation>Amount owed (yuan)</translation>
    </message>
    <message>
        <source>社保欠缴月数</source>
        <translation>Social insurance arrears months</translation>
    </message>
    <message>
        <source>拟裁减人数</source>
        <translation>Planned layoffs</translation>
    </message>
    <message>
        <source>未填写，已有结果保持不变</source>
        <translation>Empty: the existing result is kept</translation>
    </message>
    <message>
        <source>未填写，仍为未排查</source>
        <translation>Empty: stays not screened</translation>
    </message>
    <message>
        <source>与已有结果相同</source>
        <translation>Same as the existing result</translation>
    </message>
    <message>
        <source>已有结果，将修改：{fields}</source>
        <translation>Has a result; will change: {fields}</translation>
    </message>
    <message>
        <source>（未填园区/街道）</source>
        <translation>(no park or street)</translation>
    </message>
    <message>
        <source>（未分配）</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>欠薪</source>
        <translation>Wage arrears</translation>
    </message>
    <message>
        <source>社保欠缴</source>
        <translation>Social insurance arrears</translation>
    </message>
    <message>
        <source>裁员</source>
        <translation>Layoffs</translation>
    </message>
    <message>
        <source>停产搬迁</source>
        <translation>Shutdown or relocation</translation>
    </message>
    <message>
        <source>红色</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>橙色</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>黄色</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>蓝色</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>待签发</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>生效中</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>已解除</source>
        <translation>Lifted</translation>
    </message>
    <message>
        <source>不予预警</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>签发</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>调整级别</source>
        <translation>Level changed</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>解除</source>
        <translation>Lifted</translation>
    </message>
    <message>
        <source>磁盘空间已满</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>磁盘配额已用完</source>
        <translation>the disk quota is used up</translation>
    </message>
    <message>
        <source>磁盘或文件夹为只读</source>
        <translation>the disk or folder is read-only</translation>
    </message>
    <message>
        <source>没有写入权限</source>
        <translation>no permission to write</translation>
    </message>
    <message>
        <source>磁盘读写出错</source>
        <translation>a disk read/write error</translation>
    </message>
    <message>
        <source>调解申请书或口头申请笔录、受理登记表</source>
        <translation>Mediation application or record of oral application, intake form</translation>
    </message>
    <message>
        <source>权利义务告知书</source>
        <translation>Notice of rights and obligations</translation>
    </message>
    <message>
        <source>当事人身份证明</source>
        <translation>Parties&apos; proof of identity</translation>
    </message>
    <message>
        <source>授权委托书</source>
        <translation>Power of attorney</translation>
    </message>
    <message>
        <source>调查记录</source>
        <translation>Investigation record</translation>
    </message>
    <message>
        <source>证据材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>调解笔录</source>
        <translation>Mediation record</translation>
    </message>
    <message>
        <source>调解协议书</source>
        <translation>Mediation agreement</translation>
    </message>
    <message>
        <source>终止调解通知书</source>
        <translation>Notice of termination of mediation</translation>
    </message>
    <message>
        <source>履行凭证</source>
        <translation>Proof of performance</translation>
    </message>
    <message>
        <source>回访记录</source>
        <translation>Follow-up visit record</translation>
    </message>
    <message>
        <source>司法确认材料</source>
        <translation>Judicial confirmation papers</translation>
    </message>
    <message>
        <source>卷宗情况说明</source>
        <translation>Case file statement</translation>
    </message>
    <message>
        <source>封底</source>
        <translation>Back cover</translation>
    </message>
    <message>
        <source>申请人姓名</source>
        <translation>Applicant&apos;s name</translation>
    </message>
    <message>
        <source>调解员姓名</source>
        <translation>Mediator&apos;s name</translation>
    </message>
    <message>
        <source>确认劳动关系</source>
        <translation>Employment relationship</translation>
    </message>
    <message>
        <source>订立、履行、变更、解除和终止劳动合同</source>
        <translation>Conclusion, performance, change, rescission and termination of employment contracts</translation>
    </message>
    <message>
        <source>除名、辞退和辞职、离职</source>
        <translation>Dismissal, removal, resignation and leaving a job</translation>
    </message>
    <message>
        <source>工作时间、休息休假、社会保险、福利、培训以及劳动保护</source>
        <translation>Working hours, rest and leave, social insurance, welfare, training and labour protection</translation>
    </message>
    <message>
        <source>劳动报酬、工伤医疗费、经济补偿或者赔偿金</source>
        <translation>Pay, work-injury medical costs, economic compensation or damages</translation>
    </message>
    <message>
        <source>法律、法规规定的其他劳动争议</source>
        <translation>Other labour disputes under laws and regulations</translation>
    </message>
    <message>
        <source>当事人申请</source>
        <translation>Application by the party</translation>
    </message>
    <message>
        <source>线上申请</source>
        <translation>Online application</translation>
    </message>
    <message>
        <source>仲裁委托</source>
        <translation>Referred by arbitration</translation>
    </message>
    <message>
        <source>法院委派</source>
        <translation>Assigned by a court</translation>
    </message>
    <message>
        <source>主动调解</source>
        <translation>Mediation on own initiative</translation>
    </message>
    <message>
        <source>预警转入</source>
        <translation>From an early warning</translation>
    </message>
    <message>
        <source>企业劳动争议调解委员会</source>
        <translation>Enterprise labour-dispute mediation committee</translation>
    </message>
    <message>
        <source>基层人民调解组织</source>
        <translation>Grassroots people&apos;s mediation organisation</translation>
    </message>
    <message>
        <source>乡镇、街道劳动争议调解组织</source>
        <translation>Township or street labour-dispute mediation organisation</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>调解中</source>
        <translation>Mediating</translation>
    </message>
    <message>
        <source>达成协议</source>
        <translation>Agreement reached</translation>
    </message>
    <message>
        <source>调解不成</source>
        <translation>Mediation failed</translation>
    </message>
    <message>
        <source>申请司法确认</source>
        <translation>Judicial confirmation applied for</translation>
    </message>
    <message>
        <source>转仲裁</source>
        <translation>Handed to arbitration</translation>
    </message>
    <message>
        <source>诉讼</source>
        <translation>Litigation</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up visit</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>事件名称</source>
        <translation>Incident name</translation>
    </message>
    <message>
        <source>处置情况</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>处置结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Ⅰ级（特别重大）</source>
        <translation>Level I (extremely serious)</translation>
    </message>
    <message>
        <source>Ⅱ级（重大）</source>
        <translation>Level II (serious)</translation>
    </message>
    <message>
        <source>Ⅲ级（较大）</source>
        <translation>Level III (major)</translation>
    </message>
    <message>
        <source>Ⅳ级（一般）</source>
        <translation>Level IV (general)</translation>
    </message>
    <message>
        <source>处置中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>传真</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>短信</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>当面</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>初报</source>
        <translation>First report</translation>
    </message>
    <message>
        <source>续报</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>日报</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <source>总结评估</source>
        <translation>Closing assessment</translation>
    </message>
    <message>
        <source>处置措施</source>
        <translation>Response action</translation>
    </message>
    <message>
        <source>级别调整</source>
        <translation>Level change</translation>
    </message>
    <message>
        <source>情况记录</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>争议案件</source>
        <translation>Dispute cases</translation>
    </message>
    <message>
        <source>办案期限规则</source>
        <translation>Deadline rule</translation>
    </message>
    <message>
        <source>突发事件</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>启封原因</source>
        <translation>Reason for unsealing</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Sign-in name</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>秘书</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>领导</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>查看</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>新增或修改记录</source>
        <translation>add or change records</translation>
    </message>
    <message>
        <source>签发纪要</source>
        <translation>issue minutes</translation>
    </message>
    <message>
        <source>签发或解除预警</source>
        <translation>issue or lift warnings</translation>
    </message>
    <message>
        <source>督办事项办结确认</source>
        <translation>sign off action items</translation>
    </message>
    <message>
        <source>查看未遮蔽的个人信息</source>
        <translation>see unmasked personal data</translation>
    </message>
    <message>
        <source>从备份恢复数据库</source>
        <translation>restore the database from a backup</translation>
    </message>
    <message>
        <source>清除到期的个人信息</source>
        <translation>purge expired personal data</translation>
    </message>
    <message>
        <source>管理用户</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>修改规则、保存期限和模板</source>
        <translation>change rules, retention periods and templates</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <source>调整级别：{number}</source>
        <translation>Change level: {number}</translation>
    </message>
    <message>
        <source>当前级别：</source>
        <translation>Current level:</translation>
    </message>
    <message>
        <source>调整为(&amp;L)：</source>
        <translation>New &amp;level:</translation>
    </message>
    <message>
        <source>理由(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>尚未通报的联动单位按新级别的时限计算；已通报的不变。</source>
        <translation>Parties not yet notified get the new level&apos;s limit; those notified keep theirs.</translation>
    </message>
</context>
<context>
    <name>LimitDialog</name>
    <message>
        <source>调整时限：{party}</source>
        <translation>Time limit: {party}</translation>
    </message>
    <message>
        <source>当前时限：</source>
        <translation>Current limit:</translation>
    </message>
    <message>
        <source>新时限(&amp;M)：</source>
        <translation>New li&amp;mit:</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>自获悉事件时起算。</source>
        <translation>Counted from when the office learned of the incident.</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <source>通报时限设置</source>
        <translation>Notification time limits</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>默认{limit}</source>
        <translation>default {limit}</translation>
    </message>
    <message>
        <source>：</source>
        <translation>:</translation>
    </message>
    <message>
        <source>自获悉事件时起算，适用于此后新建或调整级别的事件；已通报的联动单位不受影响。</source>
        <translation>Counted from when the office learned of an incident; applies to incidents opened or re-graded from now on, not to parties already notified.</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
</context>
<context>
    <name>LinkMeetingDialog</name>
    <message>
        <source>关联联动会议：{number}</source>
        <translation>Link meeting: {number}</translation>
    </message>
    <message>
        <source>会议(&amp;M)：</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>会议作出的决定和督办事项将列入事件的处置经过。</source>
        <translation>The meeting&apos;s decisions and action items join the incident&apos;s timeline.</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>邮件服务器设置</source>
        <translation>Mail server settings</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>不加密</source>
        <translation>None</translation>
    </message>
    <message>
        <source>按服务器</source>
        <translation>Server&apos;s</translation>
    </message>
    <message>
        <source>服务器</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>加密方式</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>发件人地址</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <source>发件人名称</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <source>邮件大小上限</source>
        <translation>Message size limit</translation>
    </message>
    <message>
        <source>密码保存在系统密钥环中，不写入设置文件；留空表示不修改。</source>
        <translation>The password is kept in the system keyring, never in the settings file; leave it blank to keep it unchanged.</translation>
    </message>
    <message>
        <source>邮件服务器密码</source>
        <translation>Mail server password</translation>
    </message>
    <message>
        <source>{user}@{host} 的密码：</source>
        <translation>Password of {user}@{host}:</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>导入联系人(&amp;I)…</source>
        <translation>&amp;Import Contacts…</translation>
    </message>
    <message>
        <source>从 Excel 或 CSV 文件导入联系人</source>
        <translation>Import contacts from an Excel or CSV file</translation>
    </message>
    <message>
        <source>备份数据库(&amp;B)…</source>
        <translation>&amp;Back Up Database…</translation>
    </message>
    <message>
        <source>把数据库完整复制到一个备份文件</source>
        <translation>Copy the whole database to a backup file</translation>
    </message>
    <message>
        <source>恢复数据库(&amp;R)…</source>
        <translation>&amp;Restore Database…</translation>
    </message>
    <message>
        <source>用备份文件替换当前数据库，原数据库另存一份</source>
        <translation>Replace the current database with a backup, keeping a copy of the original</translation>
    </message>
    <message>
        <source>清除到期个人信息(&amp;U)…</source>
        <translation>P&amp;urge expired personal data…</translation>
    </message>
    <message>
        <source>保存期限届满的职工个人信息：清除或封存，并可打印清除证明</source>
        <translation>Workers&apos; personal data past its retention period: purge or seal it, and print a certificate</translation>
    </message>
    <message>
        <source>附件设置(&amp;L)…</source>
        <translation>Attachment &amp;limits…</translation>
    </message>
    <message>
        <source>单个附件和一封邮件所带附件的大小上限</source>
        <translation>Size limits for one attachment and for the attachments of one e-mail</translation>
    </message>
    <message>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>身份、组织者邮箱、邮件服务器、发布文件夹、附件上限、预警规则、保存期限和快捷键</source>
        <translation>Identity, organiser e-mail, mail server, publishing folder, attachment limits, warning rules, retention and shortcuts</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>关闭程序</source>
        <translation>Close the program</translation>
    </message>
    <message>
        <source>新建会议(&amp;M)…</source>
        <translation>New &amp;meeting…</translation>
    </message>
    <message>
        <source>在会议日历中新建一次会议</source>
        <translation>Create a meeting in the calendar</translation>
    </message>
    <message>
        <source>新建单位(&amp;O)…</source>
        <translation>New &amp;Organisation…</translation>
    </message>
    <message>
        <source>添加一个单位</source>
        <translation>Add an organisation</translation>
    </message>
    <message>
        <source>新建联系人(&amp;P)…</source>
        <translation>New &amp;Contact…</translation>
    </message>
    <message>
        <source>添加一位联系人</source>
        <translation>Add a contact</translation>
    </message>
    <message>
        <source>编辑(&amp;E)…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>编辑所选记录</source>
        <translation>Edit the selected record</translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>删除所选记录</source>
        <translation>Delete the selected record</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>重新读取数据库</source>
        <translation>Reload from the database</translation>
    </message>
    <message>
        <source>显示完整电话号码(&amp;P)</source>
        <translation>Show Full &amp;Phone Numbers</translation>
    </message>
    <message>
        <source>显示完整电话号码；此操作会记入审计日志</source>
        <translation>Show full phone numbers; this is recorded in the audit log</translation>
    </message>
    <message>
        <source>期限计算器(&amp;D)…</source>
        <translation>&amp;Deadline calculator…</translation>
    </message>
    <message>
        <source>按民法典计算调解、司法确认、仲裁时效等期间的最后一日</source>
        <translation>Compute the last day of the mediation, judicial-confirmation and limitation periods as the Civil Code counts them</translation>
    </message>
    <message>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>版本、数据库位置和当前用户</source>
        <translation>Version, database location and current user</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>三方联席秘书台</source>
        <extracomment>The modules of the pages (and of the meeting dialog), in the navigation&apos;s order: imported on a thread of their own once the start is over (``desktop.views.warmup``).</extracomment>
        <translation>Tripartite Secretariat</translation>
    </message>
    <message>
        <source>⚠ 与数据库的连接已中断，正在重新连接…</source>
        <translation>⚠ Connection to the database lost, reconnecting…</translation>
    </message>
    <message>
        <source>PostgreSQL 数据库请用 pg_dump / pg_restore 备份和恢复</source>
        <translation>Back up and restore PostgreSQL databases with pg_dump / pg_restore</translation>
    </message>
    <message>
        <source>数据库：{where}</source>
        <translation>Database: {where}</translation>
    </message>
    <message>
        <source>当前用户：{user}</source>
        <translation>User: {user}</translation>
    </message>
    <message>
        <source>当前用户：{user} · {role}</source>
        <translation>Signed in: {user} · {role}</translation>
    </message>
    <message>
        <source>无法打开会议纪要</source>
        <translation>Cannot Open Minutes</translation>
    </message>
    <message>
        <source>附件设置已保存</source>
        <translation>Attachment settings saved</translation>
    </message>
    <message>
        <source>设置已保存</source>
        <translation>Settings saved</translation>
    </message>
    <message>
        <source>无法显示完整号码</source>
        <translation>Cannot Show Full Numbers</translation>
    </message>
    <message>
        <source>已显示完整电话号码；此操作已记入审计日志。</source>
        <translation>Full phone numbers are shown; this has been recorded in the audit log.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;三方联席秘书台&lt;/h3&gt;&lt;p&gt;版本 {version}&lt;/p&gt;&lt;p&gt;经开区工会五项机制秘书台：劳动关系三方协调、劳动争议三方调处、劳资矛盾预警、群体突发事件七方联动、双月沟通。&lt;/p&gt;&lt;p&gt;数据库：{where}&lt;br&gt;当前用户：{user}&lt;br&gt;附件：{links} 个，{files} 个文件，共 {size}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tripartite Secretariat&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;The secretariat of the development zone trade union&apos;s five mechanisms: tripartite labour-relations coordination, tripartite dispute handling, labour-conflict early warning, seven-party linkage for mass incidents and the bimonthly communication meeting.&lt;/p&gt;&lt;p&gt;Database: {where}&lt;br&gt;Current user: {user}&lt;br&gt;Attachments: {links}, {files} files, {size} in all&lt;/p&gt;</translation>
    </message>
    <message>
        <source>关于三方联席秘书台</source>
        <translation>About Tripartite Secretariat</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>{name}-备份-{stamp}.db</source>
        <translation>{name}-backup-{stamp}.db</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>Back Up Database</translation>
    </message>
    <message>
        <source>备份失败</source>
        <translation>Backup Failed</translation>
    </message>
    <message>
        <source>备份完成</source>
        <translation>Backup Complete</translation>
    </message>
    <message>
        <source>已备份到：
{path}</source>
        <translation>Backed up to:
{path}</translation>
    </message>
    <message>
        <source>选择要恢复的备份</source>
        <translation>Choose a Backup to Restore</translation>
    </message>
    <message>
        <source>恢复失败</source>
        <translation>Restore Failed</translation>
    </message>
    <message>
        <source>无法打开恢复后的数据库</source>
        <translation>Cannot Open the Restored Database</translation>
    </message>
    <message>
        <source>恢复完成</source>
        <translation>Restore Complete</translation>
    </message>
    <message>
        <source>用备份“{backup}”替换当前数据库“{target}”吗？

当前数据库会先另存一份。其他电脑若正在使用此数据库，请先让他们退出。</source>
        <translation>Replace the current database &quot;{target}&quot; with the backup &quot;{backup}&quot;?

A copy of the current database is saved first. If other computers are using this database, ask them to close the program first.</translation>
    </message>
    <message>
        <source>该备份之后记录的 {n} 条审计记录将被撤销（恢复本身会记入审计日志）。</source>
        <translation>The {n} audit entries recorded after this backup will be rolled back (the restore itself is recorded in the audit log).</translation>
    </message>
    <message>
        <source>恢复数据库</source>
        <translation>Restore Database</translation>
    </message>
    <message>
        <source>已从 {backup} 恢复数据库。</source>
        <translation>The database was restored from {backup}.</translation>
    </message>
    <message>
        <source>原数据库已另存为：
{aside}</source>
        <translation>The original database was saved as:
{aside}</translation>
    </message>
    <message>
        <source>数据库备份 (*.db *.sqlite);;所有文件 (*)</source>
        <translation>Database backups (*.db *.sqlite);;All files (*)</translation>
    </message>
</context>
<context>
    <name>MarkDocumentDialog</name>
    <message>
        <source>标记已有：{name}</source>
        <translation>Mark as held: {name}</translation>
    </message>
    <message>
        <source>所在附件(&amp;A)：</source>
        <translation>In &amp;attachment:</translation>
    </message>
    <message>
        <source>（纸质材料，无附件）</source>
        <translation>(paper document, no attachment)</translation>
    </message>
    <message>
        <source>备注(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>MediatorDialog</name>
    <message>
        <source>添加调解员</source>
        <translation>Add mediator</translation>
    </message>
    <message>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>所在单位(&amp;O)：</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>电话(&amp;P)：</source>
        <translation>&amp;Phone:</translation>
    </message>
</context>
<context>
    <name>MediatorRosterDialog</name>
    <message>
        <source>在册</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>所在单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>调解员名册</source>
        <translation>Mediator roster</translation>
    </message>
    <message>
        <source>添加(&amp;A)…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>停用(&amp;S)</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>停用的调解员仍保留在其办理过的案件上，受理登记时不再列出。电话号码已隐去中间四位。</source>
        <translation>Deactivated mediators stay on the cases they handled but are no longer offered at intake. The middle digits of phone numbers are hidden.</translation>
    </message>
    <message>
        <source>重新启用(&amp;S)</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <source>无法添加调解员</source>
        <translation>Cannot add the mediator</translation>
    </message>
    <message>
        <source>无法更改调解员状态</source>
        <translation>Cannot change the mediator&apos;s status</translation>
    </message>
</context>
<context>
    <name>MeetingActionBar</name>
    <message>
        <source>推迟…</source>
        <translation>Postpone…</translation>
    </message>
    <message>
        <source>标记为已召开</source>
        <translation>Mark as held</translation>
    </message>
    <message>
        <source>取消会议</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <source>跳过此次</source>
        <translation>Skip this one</translation>
    </message>
    <message>
        <source>恢复会议</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>生成会议通知…</source>
        <translation>Meeting notice…</translation>
    </message>
    <message>
        <source>生成签到表…</source>
        <translation>Sign-in sheet…</translation>
    </message>
    <message>
        <source>纪要与日历 ▾</source>
        <translation>Minutes &amp;&amp; Calendar ▾</translation>
    </message>
    <message>
        <source>会议纪要、导出 .ics、发送会议邀请、导入回执</source>
        <translation>Minutes, .ics export, invitations, replies</translation>
    </message>
    <message>
        <source>（系列会议）</source>
        <translation> (recurring)</translation>
    </message>
    <message>
        <source>状态：{status}{series}</source>
        <translation>Status: {status}{series}</translation>
    </message>
    <message>
        <source>已生成：{path}</source>
        <translation>Written: {path}</translation>
    </message>
</context>
<context>
    <name>MeetingCommands</name>
    <message>
        <source>推迟…</source>
        <translation>Postpone…</translation>
    </message>
    <message>
        <source>标记为已召开</source>
        <translation>Mark as Held</translation>
    </message>
    <message>
        <source>取消会议</source>
        <translation>Cancel Meeting</translation>
    </message>
    <message>
        <source>跳过此次</source>
        <translation>Skip This Occurrence</translation>
    </message>
    <message>
        <source>恢复会议</source>
        <translation>Reinstate Meeting</translation>
    </message>
    <message>
        <source>结束系列（此次及以后）…</source>
        <translation>End Series (This and Later)…</translation>
    </message>
    <message>
        <source>删除…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>无法推迟会议</source>
        <translation>Cannot Postpone Meeting</translation>
    </message>
    <message>
        <source>无法标记为已召开</source>
        <translation>Cannot Mark as Held</translation>
    </message>
    <message>
        <source>确定取消会议“{title}”吗？会议记录会保留，并在日历中显示为已取消。</source>
        <translation>Cancel the meeting &quot;{title}&quot;? Its record is kept and shown as cancelled in the calendar.</translation>
    </message>
    <message>
        <source>无法取消会议</source>
        <translation>Cannot Cancel Meeting</translation>
    </message>
    <message>
        <source>确定跳过系列会议中的这一次（{title}）吗？系列中的其他会议不受影响。</source>
        <translation>Skip this occurrence of the series ({title})? The other meetings in the series are not affected.</translation>
    </message>
    <message>
        <source>无法跳过</source>
        <translation>Cannot Skip</translation>
    </message>
    <message>
        <source>无法恢复会议</source>
        <translation>Cannot Reinstate Meeting</translation>
    </message>
    <message>
        <source>确定从这一次（{title}）起结束该系列吗？此次及以后的会议将被删除；已有纪要或督办事项的会议改为已取消并保留。</source>
        <translation>End the series from this occurrence ({title})? This and all later meetings will be deleted; meetings that already have minutes or follow-up items are kept as cancelled.</translation>
    </message>
    <message>
        <source>无法结束系列</source>
        <translation>Cannot End Series</translation>
    </message>
    <message>
        <source>确定删除会议“{title}”吗？其参会名单和议程将一并删除，此操作不能撤销。</source>
        <translation>Delete the meeting &quot;{title}&quot;? Its attendee list and agenda will be deleted too. This cannot be undone.</translation>
    </message>
    <message>
        <source>
（这是系列会议中的一次，删除后系列不会再生成这一次。）</source>
        <translation>
(This is one occurrence of a series; once deleted, the series will not recreate it.)</translation>
    </message>
    <message>
        <source>无法删除会议</source>
        <translation>Cannot Delete Meeting</translation>
    </message>
    <message>
        <source>请确认</source>
        <translation>Please Confirm</translation>
    </message>
</context>
<context>
    <name>MeetingConflicts</name>
    <message>
        <source>机制</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>全天</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>会议室</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>其他地点</source>
        <translation>Other place</translation>
    </message>
    <message>
        <source>线上会议链接</source>
        <translation>Online meeting link</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>参会人员</source>
        <translation>Attendee</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>请先保存会议，再添加会议材料。</source>
        <translation>Save the meeting first, then add its materials.</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>参会人员</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>重复</source>
        <translation>Recurrence</translation>
    </message>
    <message>
        <source>议程</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>签到</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>会议材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>整个会议的材料（通知、议程、汇报材料等）。某个议题的材料，请在“议程”页选中该议题后点“材料…”。</source>
        <translation>Materials of the whole meeting (notice, agenda, reports…). For a topic&apos;s materials, select the topic on the Agenda tab and click Materials….</translation>
    </message>
    <message>
        <source>新建会议</source>
        <translation>New Meeting</translation>
    </message>
    <message>
        <source>保存会议后可以编辑</source>
        <translation>Available after the meeting is saved</translation>
    </message>
    <message>
        <source>会议：{title}</source>
        <translation>Meeting: {title}</translation>
    </message>
    <message>
        <source>这是系列会议中的一次（{rule}）。修改重复规则会应用到此会议及以后，或整个系列。</source>
        <translation>This is one occurrence of a series ({rule}). Changes to the recurrence apply to this and later meetings, or to the whole series.</translation>
    </message>
    <message>
        <source>单次会议不能改为系列会议；如需定期召开，请新建会议并设置重复。</source>
        <translation>A single meeting cannot become a series. For regular meetings, create a new meeting and set its recurrence.</translation>
    </message>
    <message>
        <source>暂时无法检查节假日和冲突：{reason}</source>
        <translation>Holidays and conflicts cannot be checked right now: {reason}</translation>
    </message>
    <message>
        <source>无法保存会议</source>
        <translation>Cannot Save Meeting</translation>
    </message>
    <message>
        <source>新建会议室</source>
        <translation>New Room</translation>
    </message>
    <message>
        <source>会议室名称：</source>
        <translation>Room name:</translation>
    </message>
    <message>
        <source>无法新建会议室</source>
        <translation>Cannot Create Room</translation>
    </message>
</context>
<context>
    <name>MeetingExtras</name>
    <message>
        <source>会议纪要…</source>
        <translation>Minutes…</translation>
    </message>
    <message>
        <source>导出 .ics…</source>
        <translation>Export .ics…</translation>
    </message>
    <message>
        <source>发送取消通知…</source>
        <translation>Send Cancellation…</translation>
    </message>
    <message>
        <source>发送会议邀请…</source>
        <translation>Send Invitation…</translation>
    </message>
    <message>
        <source>导入回执…</source>
        <translation>Import Reply…</translation>
    </message>
    <message>
        <source>无法打开会议纪要</source>
        <translation>Cannot Open Minutes</translation>
    </message>
    <message>
        <source>无法发送会议邀请</source>
        <translation>Cannot Send Invitation</translation>
    </message>
    <message>
        <source>正在发送“{subject}”…</source>
        <translation>Sending &quot;{subject}&quot;…</translation>
    </message>
    <message>
        <source>“{subject}”已发送给 {n} 位参会人员。</source>
        <translation>&quot;{subject}&quot; was sent to {n} attendees.</translation>
    </message>
    <message>
        <source>发送失败：</source>
        <translation>Failed to send:</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>已取消发送“{subject}”：取消前已发送给 {n} 位参会人员：{names}。</source>
        <translation>Sending &quot;{subject}&quot; was cancelled; before that it was sent to {n} attendees: {names}.</translation>
    </message>
    <message>
        <source>未设置邮件服务器：选择保存邮件草稿（.eml）的文件夹</source>
        <translation>No mail server is set: choose a folder for the draft messages (.eml)</translation>
    </message>
    <message>
        <source>已在 {folder} 生成 {n} 封邮件草稿（.eml），用 Outlook 等邮件程序打开后发送。</source>
        <translation>{n} draft messages (.eml) were written to {folder}; open them in Outlook or another mail program to send them.</translation>
    </message>
    <message>
        <source>以下人员没有电子邮箱地址，未能发送：{names}</source>
        <translation>These people have no e-mail address and were not sent anything: {names}</translation>
    </message>
    <message>
        <source>会议邀请</source>
        <translation>Meeting Invitation</translation>
    </message>
    <message>
        <source>选择会议回执文件</source>
        <translation>Choose a Reply File</translation>
    </message>
    <message>
        <source>日历文件 (*.ics);;所有文件 (*)</source>
        <translation>Calendar files (*.ics);;All files (*)</translation>
    </message>
    <message>
        <source>无法导入回执</source>
        <translation>Cannot Import Reply</translation>
    </message>
    <message>
        <source>导入回执</source>
        <translation>Import Reply</translation>
    </message>
    <message>
        <source>文件中没有回执。</source>
        <translation>The file holds no reply.</translation>
    </message>
    <message>
        <source>未记录</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>回执：</source>
        <translation>Replies:</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>全天</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>机制</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>会议名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MeetingReminders</name>
    <message>
        <source>，地点：{place}</source>
        <translation>, at {place}</translation>
    </message>
    <message>
        <source>“{title}”将于 {when} 开始（{left} 分钟后）{place}</source>
        <translation>&quot;{title}&quot; starts at {when} (in {left} minutes){place}</translation>
    </message>
    <message>
        <source>会议提醒</source>
        <translation>Meeting Reminder</translation>
    </message>
    <message>
        <source>会议提醒：</source>
        <translation>Meeting reminder:</translation>
    </message>
    <message>
        <source>{number} {clock} {day}（{left}）</source>
        <translation>{number} {clock} {day} ({left})</translation>
    </message>
    <message>
        <source>等 {n} 项</source>
        <translation> and more, {n} in all</translation>
    </message>
    <message>
        <source>{n} 项案件期限临近（其中已超期 {passed} 项）：{named}{more}</source>
        <translation>{n} case clocks due soon ({passed} passed): {named}{more}</translation>
    </message>
    <message>
        <source>案件期限提醒</source>
        <translation>Case clock reminder</translation>
    </message>
    <message>
        <source>案件期限提醒：{n} 项期限临近，其中已超期 {passed} 项（见督办看板）</source>
        <translation>Case clocks: {n} due soon, {passed} passed (see the dashboard)</translation>
    </message>
    <message>
        <source>{number} 超过通报时限：{parties}</source>
        <translation>{number} past the time limit: {parties}</translation>
    </message>
    <message>
        <source>{number} 应报送日报</source>
        <translation>{number}: daily report due</translation>
    </message>
    <message>
        <source>{late} 起突发事件有单位超过通报时限，{due} 起应报送日报：{named}</source>
        <translation>{late} incidents with late parties, {due} daily reports due: {named}</translation>
    </message>
    <message>
        <source>突发事件提醒</source>
        <translation>Incident reminder</translation>
    </message>
    <message>
        <source>突发事件提醒：{late} 起超过通报时限，{due} 起应报送日报（见督办看板）</source>
        <translation>Incidents: {late} late, {due} daily reports due (see the dashboard)</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>添加成员单位…</source>
        <translation>Add Member…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>成员单位</source>
        <translation>Member Organisations</translation>
    </message>
    <message>
        <source>添加代表…</source>
        <translation>Add Representative…</translation>
    </message>
    <message>
        <source>移除代表</source>
        <translation>Remove Representative</translation>
    </message>
    <message>
        <source>通讯录</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>确定将“{org}”从“{body}”的成员单位中移除吗？</source>
        <translation>Remove &quot;{org}&quot; from the members of &quot;{body}&quot;?</translation>
    </message>
    <message>
        <source>无法移除</source>
        <translation>Cannot Remove</translation>
    </message>
    <message>
        <source>确定取消{name}作为“{org}”代表的身份吗？联系人本身不会被删除。</source>
        <translation>Remove {name} as a representative of &quot;{org}&quot;? The contact itself will not be deleted.</translation>
    </message>
    <message>
        <source>请确认</source>
        <translation>Please Confirm</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>编辑成员单位</source>
        <translation>Edit Member</translation>
    </message>
    <message>
        <source>添加成员单位</source>
        <translation>Add Member</translation>
    </message>
    <message>
        <source>单位(&amp;O)：</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>所属方(&amp;F)：</source>
        <translation>Si&amp;de:</translation>
    </message>
    <message>
        <source>角色(&amp;R)：</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>席位(&amp;S)：</source>
        <translation>&amp;Seats:</translation>
    </message>
</context>
<context>
    <name>MembershipTableModel</name>
    <message>
        <source>方</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>成员单位</source>
        <translation>Member Organisation</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>席位</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>代表</source>
        <translation>Representatives</translation>
    </message>
</context>
<context>
    <name>MinutesConflicts</name>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>开头</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>第 {n} 节</source>
        <translation>Section {n}</translation>
    </message>
    <message>
        <source>会议议定</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>结束语</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>出席</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>请假</source>
        <translation>Apologies</translation>
    </message>
    <message>
        <source>列席</source>
        <translation>In attendance</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>抄送</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>印发机关</source>
        <translation>Issued by</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>按参会记录重新填写</source>
        <translation>Fill from the attendance record</translation>
    </message>
    <message>
        <source>添加一节</source>
        <translation>Add a section</translation>
    </message>
    <message>
        <source>开头</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>出席：</source>
        <translation>Present:</translation>
    </message>
    <message>
        <source>请假：</source>
        <translation>On leave:</translation>
    </message>
    <message>
        <source>列席：</source>
        <translation>Observers:</translation>
    </message>
    <message>
        <source>记录：</source>
        <translation>Recorded by:</translation>
    </message>
    <message>
        <source>抄送：</source>
        <translation>Copied to:</translation>
    </message>
    <message>
        <source>印发机关：</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>结束语</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>（文号在签发时编定）</source>
        <translation>(the document number is assigned on issuing)</translation>
    </message>
</context>
<context>
    <name>MinutesReadView</name>
    <message>
        <source>已转为督办事项 {id}：{title}（{lead}）</source>
        <translation>Made action item {id}: {title} ({lead})</translation>
    </message>
    <message>
        <source>未定牵头单位</source>
        <translation>no lead unit yet</translation>
    </message>
    <message>
        <source>已转为督办事项 {done} 项，尚未转的 {pending} 项。</source>
        <translation>{done} made action items, {pending} not yet.</translation>
    </message>
    <message>
        <source>这份纪要没有议定事项。</source>
        <translation>These minutes record no decisions.</translation>
    </message>
</context>
<context>
    <name>MinutesSearchPage</name>
    <message>
        <source>输入要查找的词，如“欠薪”“集体协商”；多个词用空格分开</source>
        <translation>Words to find, such as 欠薪 or 集体协商; separate several with spaces</translation>
    </message>
    <message>
        <source>检索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>纪要检索</source>
        <translation>Search minutes</translation>
    </message>
    <message>
        <source>找到纪要 {m} 份、议定事项 {d} 项、附件 {a} 个（各显示最近的至多 100 条）</source>
        <translation>Found {m} minutes, {d} decisions and {a} attachments (the latest 100 of each are shown)</translation>
    </message>
</context>
<context>
    <name>MinutesWindow</name>
    <message>
        <source>纪要</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>版本历史</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>分发</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>无法打开会议纪要</source>
        <translation>Cannot open the minutes</translation>
    </message>
    <message>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>提交审核</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Send back</translation>
    </message>
    <message>
        <source>签发</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>导出 .docx…</source>
        <translation>Export .docx…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>纪要已签发或这是旧版本，附件不能更改（签发的文件列有这些附件）；如需更改，请先“更正”。</source>
        <translation>The minutes are issued or this is an old version, so the attachments cannot change (the issued document lists them); to change them, start a correction first.</translation>
    </message>
    <message>
        <source>会议纪要 - {title}</source>
        <translation>Minutes - {title}</translation>
    </message>
    <message>
        <source>第 {n} 版 · {state}</source>
        <translation>Version {n} · {state}</translation>
    </message>
    <message>
        <source>（旧版本，只读）</source>
        <translation> (old version, read only)</translation>
    </message>
    <message>
        <source> · 退回意见：{note}</source>
        <translation> · Sent back: {note}</translation>
    </message>
    <message>
        <source>无法保存纪要</source>
        <translation>Cannot save the minutes</translation>
    </message>
    <message>
        <source>无法提交审核</source>
        <translation>Cannot submit for review</translation>
    </message>
    <message>
        <source>无法退回</source>
        <translation>Cannot send back</translation>
    </message>
    <message>
        <source>退回修改</source>
        <translation>Send back for changes</translation>
    </message>
    <message>
        <source>退回意见</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>正在签发纪要…</source>
        <translation>Issuing the minutes…</translation>
    </message>
    <message>
        <source>签发纪要</source>
        <translation>Issue minutes</translation>
    </message>
    <message>
        <source>这份纪要没有议定事项。确定要签发吗？</source>
        <translation>These minutes have no decisions. Issue them anyway?</translation>
    </message>
    <message>
        <source>无法签发</source>
        <translation>Cannot issue</translation>
    </message>
    <message>
        <source>无法更正</source>
        <translation>Cannot correct</translation>
    </message>
    <message>
        <source>更正纪要</source>
        <translation>Correct the minutes</translation>
    </message>
    <message>
        <source>更正说明</source>
        <translation>What is corrected</translation>
    </message>
    <message>
        <source>转为督办事项</source>
        <translation>Turn into an action item</translation>
    </message>
    <message>
        <source>请先选择一项已保存的议定事项（新添加的请先保存）。</source>
        <translation>Select a saved decision first (save newly added ones first).</translation>
    </message>
    <message>
        <source>无法转为督办事项</source>
        <translation>Cannot turn into an action item</translation>
    </message>
    <message>
        <source>已生成督办事项（编号 {id}）。</source>
        <translation>Action item created (no. {id}).</translation>
    </message>
    <message>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>导出纪要</source>
        <translation>Export minutes</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>还有 {n} 项…</source>
        <translation>{n} more…</translation>
    </message>
    <message>
        <source>{m}月{d}日</source>
        <translation>{m}/{d}</translation>
    </message>
    <message>
        <source>休 {name}</source>
        <translation>Off: {name}</translation>
    </message>
    <message>
        <source>班</source>
        <translation>Workday</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>五项机制</source>
        <translation>Five Mechanisms</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>会议日历</source>
        <translation>Meeting calendar</translation>
    </message>
    <message>
        <source>纪要检索</source>
        <translation>Minutes Search</translation>
    </message>
    <message>
        <source>督办</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>督办看板</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>督办事项</source>
        <translation>Follow-up items</translation>
    </message>
    <message>
        <source>预警</source>
        <translation>Early warning</translation>
    </message>
    <message>
        <source>预警信息</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>争议案件</source>
        <translation>Dispute cases</translation>
    </message>
    <message>
        <source>突发事件</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>排查</source>
        <translation>Screenings</translation>
    </message>
    <message>
        <source>名录</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>企业名录</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
</context>
<context>
    <name>NotifyDialog</name>
    <message>
        <source>通报：{party}</source>
        <translation>Notify: {party}</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>方式(&amp;C)：</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>通报时间(&amp;T)：</source>
        <translation>No&amp;tified at:</translation>
    </message>
    <message>
        <source>接收人(&amp;R)：</source>
        <translation>&amp;Received by:</translation>
    </message>
    <message>
        <source>对方接听或接收的人（可不填）</source>
        <translation>who took the call or message (optional)</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>OldestModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>督办事项</source>
        <translation>Follow-up item</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>立项</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>逾期天数</source>
        <translation>Days late</translation>
    </message>
</context>
<context>
    <name>OpenIncidentModel</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>事件</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>超过通报时限</source>
        <translation>Past the limit</translation>
    </message>
    <message>
        <source>未签收</source>
        <translation>Not acknowledged</translation>
    </message>
</context>
<context>
    <name>OpenIncidentsPart</name>
    <message>
        <source>处置中的突发事件</source>
        <translation>Open incidents</translation>
    </message>
    <message>
        <source>没有处置中的突发事件。</source>
        <translation>No open incidents.</translation>
    </message>
    <message>
        <source>{n} 起事件正在处置，其中 {late} 起有单位超过通报时限。点击一行打开事件。</source>
        <translation>{n} incidents open, {late} with late parties. Click a line to open it.</translation>
    </message>
</context>
<context>
    <name>OpenItemModel</name>
    <message>
        <source>督办事项</source>
        <translation>Follow-up item</translation>
    </message>
    <message>
        <source>牵头单位</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>逾期天数</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>内部错误：{kind}：{reason}</source>
        <translation>Internal error: {kind}: {reason}</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>不限</source>
        <translation>any</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>编辑单位</source>
        <translation>Edit Organisation</translation>
    </message>
    <message>
        <source>新建单位</source>
        <translation>New Organisation</translation>
    </message>
    <message>
        <source>名称(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>简称(&amp;S)：</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <source>类别(&amp;K)：</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>统一社会信用代码(&amp;U)：</source>
        <translation>&amp;Unified social credit code:</translation>
    </message>
    <message>
        <source>18位，可不填</source>
        <translation>18 characters; optional</translation>
    </message>
    <message>
        <source>地址(&amp;A)：</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>电话(&amp;P)：</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>如 010-67881234 或 13812345678</source>
        <translation>e.g. 010-67881234 or 13812345678</translation>
    </message>
    <message>
        <source>邮箱(&amp;E)：</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>简称</source>
        <translation>Short Name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>联系人数</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>单位</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>按名称、简称、类别、代码或邮箱筛选</source>
        <translation>Filter by name, short name, category, code or email</translation>
    </message>
    <message>
        <source>确定删除单位“{name}”吗？</source>
        <translation>Delete the organisation &quot;{name}&quot;?</translation>
    </message>
    <message>
        <source>共 {n} 个单位</source>
        <translation>{n} organisations</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>{month}月{day}日（{weekday}）</source>
        <translation>{weekday} {month}/{day}</translation>
    </message>
    <message>
        <source>计划会议</source>
        <translation>Meetings planned</translation>
    </message>
    <message>
        <source>已召开</source>
        <translation>Meetings held</translation>
    </message>
    <message>
        <source>议定事项</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>办结督办</source>
        <translation>Follow-ups completed</translation>
    </message>
    <message>
        <source>未办结督办</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source>逾期督办</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <source>待转督办的议定事项</source>
        <translation>Decisions awaiting follow-up</translation>
    </message>
    <message>
        <source>近期会议</source>
        <translation>Upcoming meetings</translation>
    </message>
    <message>
        <source>没有已安排的会议。</source>
        <translation>No meetings scheduled.</translation>
    </message>
    <message>
        <source>最近签发的纪要</source>
        <translation>Recently issued minutes</translation>
    </message>
    <message>
        <source>还没有签发的纪要。</source>
        <translation>No minutes issued yet.</translation>
    </message>
    <message>
        <source>未办结的督办事项</source>
        <translation>Open follow-up items</translation>
    </message>
    <message>
        <source>待转为督办事项的议定事项</source>
        <translation>Decisions not yet turned into action items</translation>
    </message>
    <message>
        <source>未办结的督办事项（{n} 项，其中逾期 {late} 项）</source>
        <translation>Open follow-up items ({n}, {late} overdue)</translation>
    </message>
    <message>
        <source>待转为督办事项的议定事项（{n} 项）</source>
        <translation>Decisions not yet turned into action items ({n})</translation>
    </message>
    <message>
        <source>待转为督办事项的议定事项：没有，每项议定事项都已转为督办事项。</source>
        <translation>Decisions waiting to become action items: none, every decision has been made an action item.</translation>
    </message>
    <message>
        <source>：列出前 {shown} 项</source>
        <translation>: the first {shown} shown</translation>
    </message>
    <message>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>（已延期）</source>
        <translation> (postponed)</translation>
    </message>
    <message>
        <source>{year}年{month}月{day}日</source>
        <translation>{month}/{day}/{year}</translation>
    </message>
    <message>
        <source>已分发</source>
        <translation> (distributed)</translation>
    </message>
    <message>
        <source>已签发</source>
        <translation> (issued)</translation>
    </message>
</context>
<context>
    <name>PageLoader</name>
    <message>
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>无法读取数据：{reason}（按 F5 重试）</source>
        <translation>Cannot read the data: {reason} (press F5 to try again)</translation>
    </message>
</context>
<context>
    <name>PauseClockDialog</name>
    <message>
        <source>中止期限：{number}</source>
        <translation>Pause clock: {number}</translation>
    </message>
    <message>
        <source>中止开始日(&amp;F)：</source>
        <translation>Paused &amp;from:</translation>
    </message>
    <message>
        <source>理由(&amp;W)：</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>PendingDecisionModel</name>
    <message>
        <source>议定事项</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>会议日期</source>
        <translation>Meeting date</translation>
    </message>
</context>
<context>
    <name>PendingFiles</name>
    <message>
        <source>添加文件…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>照片、扫描的复函等；也可以把文件拖到这里</source>
        <translation>Photos, scanned replies and the like; you can also drag files here</translation>
    </message>
    <message>
        <source>选择佐证材料</source>
        <translation>Choose evidence files</translation>
    </message>
</context>
<context>
    <name>PeopleImportDialog</name>
    <message>
        <source>导入联系人</source>
        <translation>Import Contacts</translation>
    </message>
    <message>
        <source>请选择 .xlsx 或 .csv 文件</source>
        <translation>Choose an .xlsx or .csv file</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose File…</translation>
    </message>
    <message>
        <source>预览中的电话号码已隐去部分数字；导入时保存完整号码。</source>
        <translation>Phone numbers are partly hidden in the preview; full numbers are saved on import.</translation>
    </message>
    <message>
        <source>跳过被拒绝的行并导入其余</source>
        <translation>Skip rejected rows and import the rest</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>无法导入该文件</source>
        <translation>This file cannot be imported</translation>
    </message>
    <message>
        <source>正在读取联系人文件…</source>
        <translation>Reading the contacts file…</translation>
    </message>
    <message>
        <source>选择一个表格文件后，这里会列出每一行将如何处理；确认后才会写入。</source>
        <translation>After you choose a spreadsheet, this shows what will happen to each row. Nothing is written until you confirm.</translation>
    </message>
    <message>
        <source>将新建单位：{names}</source>
        <translation>New organisations to be created: {names}</translation>
    </message>
    <message>
        <source>未识别的列（不导入）：{columns}</source>
        <translation>Unrecognised columns (not imported): {columns}</translation>
    </message>
    <message>
        <source>有被拒绝的行：请改正文件后重新选择，或勾选下方选项只导入其余各行。</source>
        <translation>Some rows are rejected: correct the file and choose it again, or tick the option below to import only the other rows.</translation>
    </message>
    <message>
        <source>选择要导入的文件</source>
        <translation>Choose a File to Import</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation>Import Failed</translation>
    </message>
    <message>
        <source>正在导入联系人…</source>
        <translation>Importing contacts…</translation>
    </message>
    <message>
        <source>没有写入任何数据。</source>
        <translation>No data was written.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>按姓名、单位、职务或邮箱筛选</source>
        <translation>Filter by name, organisation, job title or email</translation>
    </message>
    <message>
        <source>确定删除联系人“{name}”吗？</source>
        <translation>Delete the contact &quot;{name}&quot;?</translation>
    </message>
    <message>
        <source>共 {n} 位联系人</source>
        <translation>{n} contacts</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>编辑联系人</source>
        <translation>Edit Contact</translation>
    </message>
    <message>
        <source>新建联系人</source>
        <translation>New Contact</translation>
    </message>
    <message>
        <source>姓名(&amp;N)：</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>单位(&amp;O)：</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>（无单位）</source>
        <translation>(no organisation)</translation>
    </message>
    <message>
        <source>职务(&amp;T)：</source>
        <translation>Job &amp;title:</translation>
    </message>
    <message>
        <source>电话(&amp;P)：</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>如 13812345678 或 010-67881234</source>
        <translation>e.g. 13812345678 or 010-67881234</translation>
    </message>
    <message>
        <source>邮箱(&amp;E)：</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Job Title</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <source>推迟会议</source>
        <translation>Postpone Meeting</translation>
    </message>
    <message>
        <source>会议：</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <source>新的开始时间(&amp;S)：</source>
        <translation>New &amp;start:</translation>
    </message>
    <message>
        <source>新的结束时间(&amp;E)：</source>
        <translation>New &amp;end:</translation>
    </message>
</context>
<context>
    <name>PresenceHint</name>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{user} 正在编辑（{time} 起）</source>
        <translation>{user} is editing (since {time})</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>正在发送 {done}/{total}：{name}</source>
        <translation>Sending {done}/{total}: {name}</translation>
    </message>
    <message>
        <source>正在生成附件…</source>
        <translation>Preparing attachments…</translation>
    </message>
    <message>
        <source>正在连接邮件服务器…</source>
        <translation>Connecting to the mail server…</translation>
    </message>
    <message>
        <source>正在生成邮件文件 {done}/{total}：{name}</source>
        <translation>Writing message file {done}/{total}: {name}</translation>
    </message>
    <message>
        <source>正在写入第 {done}/{total} 行</source>
        <translation>Writing row {done}/{total}</translation>
    </message>
    <message>
        <source>正在保存文件…</source>
        <translation>Saving the file…</translation>
    </message>
    <message>
        <source>正在导入第 {done}/{total} 项</source>
        <translation>Importing item {done}/{total}</translation>
    </message>
    <message>
        <source>正在读取第 {done}/{total} 项</source>
        <translation>Reading item {done}/{total}</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>正在读取日历文件…</source>
        <translation>Reading the calendar file…</translation>
    </message>
    <message>
        <source>正在核对第 {done}/{total} 个日程</source>
        <translation>Checking event {done}/{total}</translation>
    </message>
    <message>
        <source>正在导入第 {done}/{total} 个日程</source>
        <translation>Importing event {done}/{total}</translation>
    </message>
    <message>
        <source>正在读取文件…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>正在核对第 {done}/{total} 行</source>
        <translation>Checking row {done}/{total}</translation>
    </message>
    <message>
        <source>正在导入第 {done}/{total} 行</source>
        <translation>Importing row {done}/{total}</translation>
    </message>
    <message>
        <source>正在读取 {name}（{n}/{total}）</source>
        <translation>Reading {name} ({n}/{total})</translation>
    </message>
    <message>
        <source>正在提取文字以便搜索：{name}</source>
        <translation>Extracting text for search: {name}</translation>
    </message>
    <message>
        <source>正在保存附件…</source>
        <translation>Saving attachments…</translation>
    </message>
    <message>
        <source>正在导入第 {done}/{total} 家企业</source>
        <translation>Importing enterprise {done}/{total}</translation>
    </message>
    <message>
        <source>正在写入 {total} 家企业的排查结果…</source>
        <translation>Writing the screening results of {total} enterprises…</translation>
    </message>
    <message>
        <source>正在生成预警建议…</source>
        <translation>Making warning suggestions…</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>汇报进展：{title}</source>
        <translation>Report progress: {title}</translation>
    </message>
    <message>
        <source>汇报日期：</source>
        <translation>Report date:</translation>
    </message>
    <message>
        <source>完成进度：</source>
        <translation>Progress:</translation>
    </message>
    <message>
        <source>填 100% 表示已完成，事项转为“待确认”，由秘书处办结确认</source>
        <translation>100% means the work is done: the item becomes “awaiting sign-off” for the secretariat to confirm</translation>
    </message>
    <message>
        <source>进展情况(&amp;T)：</source>
        <translation>&amp;What was done:</translation>
    </message>
    <message>
        <source>佐证材料：</source>
        <translation>Evidence:</translation>
    </message>
</context>
<context>
    <name>ProgressTableModel</name>
    <message>
        <source>园区/街道</source>
        <translation>Park / street</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>已排查</source>
        <translation>Screened</translation>
    </message>
    <message>
        <source>未排查</source>
        <translation>Not screened</translation>
    </message>
    <message>
        <source>有问题</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>PublishTab</name>
    <message>
        <source>例如共享盘上的一个文件夹</source>
        <translation>for example a folder on a shared drive</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>不提醒</source>
        <translation>No reminder</translation>
    </message>
    <message>
        <source>发布的文件仅本人可读（不与他人共享）</source>
        <translation>Published files readable by me only (not shared)</translation>
    </message>
    <message>
        <source>不勾选时，同事可以读取发布文件夹中的 .ics 文件（权限 0644），以便订阅；勾选后只有您本人可以读取（权限 0600）。Windows 上由文件夹的共享设置决定。</source>
        <translation>Unticked, colleagues can read the .ics files in the publish folder (mode 0644) to subscribe to them; ticked, only you can read them (mode 0600). On Windows the folder&apos;s sharing settings decide.</translation>
    </message>
    <message>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>立即发布</source>
        <translation>Publish now</translation>
    </message>
    <message>
        <source>发布文件夹：</source>
        <translation>Publish folder:</translation>
    </message>
    <message>
        <source>组织者名称：</source>
        <translation>Organizer name:</translation>
    </message>
    <message>
        <source>组织者邮箱：</source>
        <translation>Organizer e-mail:</translation>
    </message>
    <message>
        <source>会前提醒：</source>
        <translation>Reminder before:</translation>
    </message>
    <message>
        <source>程序在此文件夹中为每个机制保存一个 .ics 文件，另有包含全部机制的 {all}；会议有变化时自动更新。同事在 Outlook、WPS 或手机日历中订阅这些文件即可。</source>
        <translation>The app keeps one .ics file per body in this folder, plus {all} with every body, and updates them whenever a meeting changes. Colleagues subscribe to these files in Outlook, WPS or their phone calendar.</translation>
    </message>
    <message>
        <source>无法保存日历设置</source>
        <translation>Cannot save the calendar settings</translation>
    </message>
    <message>
        <source>选择日历发布文件夹</source>
        <translation>Choose the calendar publish folder</translation>
    </message>
    <message>
        <source>设置已保存。</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>正在发布日历…</source>
        <translation>Publishing calendars…</translation>
    </message>
    <message>
        <source>正在发布…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <source>发布失败：{reason}</source>
        <translation>Publishing failed: {reason}</translation>
    </message>
    <message>
        <source>日历发布失败</source>
        <translation>Calendar publishing failed</translation>
    </message>
    <message>
        <source>已发布 {n} 个日程，写入 {files} 个文件到 {folder}（用时 {ms} 毫秒）。</source>
        <translation>Published {n} events: {files} files written to {folder} ({ms} ms).</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>封存</source>
        <translation>Seal</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>Purge</translation>
    </message>
    <message>
        <source>登记簿</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>个人信息条数</source>
        <translation>Personal records</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>封存时间</source>
        <translation>Sealed at</translation>
    </message>
    <message>
        <source>清除到期个人信息</source>
        <translation>Purge expired personal data</translation>
    </message>
    <message>
        <source>清除(&amp;P)</source>
        <translation>&amp;Purge</translation>
    </message>
    <message>
        <source>打印清除证明(&amp;C)…</source>
        <translation>Print purge &amp;certificate…</translation>
    </message>
    <message>
        <source>启封(&amp;U)…</source>
        <translation>&amp;Unseal…</translation>
    </message>
    <message>
        <source>到期</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>已封存</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <source>截至(&amp;D)：</source>
        <translation>As of (&amp;D):</translation>
    </message>
    <message>
        <source>清除职工姓名、身份证号码、电话、住址及含有这些信息的附件，保留统计数据，并在操作日志中记录清除的数量和编号；档案保存期尚未届满的记录改为封存（个人信息保护法第十九条、第四十七条）。此前做的备份仍含这些信息，请一并按规定处理。</source>
        <translation>Removes workers&apos; names, ID numbers, phones, addresses and the attachments holding them, keeps the statistics, and logs counts and numbers; records still within their archive period are sealed instead (PIPL Arts. 19, 47). Backups made earlier still hold this data: deal with them under the same rules.</translation>
    </message>
    <message>
        <source>封存的记录只作存储，不能修改；启封须说明原因，启封人、时间和原因记入操作日志。档案保存期届满前，下次清除时会再次封存。</source>
        <translation>Sealed records are kept in storage only and cannot be changed; unsealing needs a reason, and who, when and why go into the audit log. Until the archive period ends, the next purge seals them again.</translation>
    </message>
    <message>
        <source>截至 {day}：清除 {purge} 项，封存 {seal} 项。</source>
        <translation>As of {day}: {purge} to purge, {seal} to seal.</translation>
    </message>
    <message>
        <source>（预览：只有今天到期的才能清除。）</source>
        <translation>(Preview: only what is due today can be purged.)</translation>
    </message>
    <message>
        <source>将清除 {n} 项记录中的个人信息 {persons} 条、附件 {files} 个，封存 {seal} 项。

清除后无法恢复；统计数据保留，操作日志只记录数量和编号。确定清除吗？</source>
        <translation>This purges {persons} personal records and {files} attachments from {n} records, and seals {seal}.

A purge cannot be undone; the statistics are kept and the audit log records only counts and numbers. Purge now?</translation>
    </message>
    <message>
        <source>无法清除</source>
        <translation>Cannot purge</translation>
    </message>
    <message>
        <source>正在清除到期个人信息…</source>
        <translation>Purging expired personal data…</translation>
    </message>
    <message>
        <source>已清除 {n} 项（个人信息 {persons} 条、附件 {files} 个，改写操作日志 {log} 条），封存 {seal} 项。</source>
        <translation>Purged {n} records ({persons} personal records, {files} attachments, {log} audit entries rewritten); sealed {seal}.</translation>
    </message>
    <message>
        <source>
数据库文件未能重写（{reason}），被清除的内容可能仍残留在文件中，请关闭其他电脑上的程序后用命令 purge 再运行一次。</source>
        <translation>
The database file could not be rewritten ({reason}); purged values may remain in it. Close the app on other PCs and run the purge command again.</translation>
    </message>
    <message>
        <source>无法保存清除证明</source>
        <translation>Cannot save the purge certificate</translation>
    </message>
    <message>
        <source>个人信息清除证明{day}</source>
        <translation>Purge certificate {day}</translation>
    </message>
    <message>
        <source>保存清除证明</source>
        <translation>Save purge certificate</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>清除证明已保存：{path}</source>
        <translation>Purge certificate saved: {path}</translation>
    </message>
    <message>
        <source>启封</source>
        <translation>Unseal</translation>
    </message>
    <message>
        <source>启封“{reference}”的原因（记入操作日志）：</source>
        <translation>Reason for unsealing &quot;{reference}&quot; (written to the audit log):</translation>
    </message>
    <message>
        <source>无法启封</source>
        <translation>Cannot unseal</translation>
    </message>
</context>
<context>
    <name>QuorumEditor</name>
    <message>
        <source>不设要求</source>
        <translation>No requirement</translation>
    </message>
    <message>
        <source>各方均须有代表出席</source>
        <translation>Every side must be represented</translation>
    </message>
    <message>
        <source>按出席比例</source>
        <translation>Minimum share present</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>改派（{n} 项）</source>
        <translation>Reassign ({n} items)</translation>
    </message>
    <message>
        <source>牵头单位：</source>
        <translation>Lead organisation:</translation>
    </message>
    <message>
        <source>（不变）</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <source>责任人：</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>（清空）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>收件人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>新建…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation>Cannot Delete</translation>
    </message>
    <message>
        <source>确认删除</source>
        <translation>Confirm Deletion</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>第一个</source>
        <translation>first</translation>
    </message>
    <message>
        <source>第二个</source>
        <translation>second</translation>
    </message>
    <message>
        <source>第三个</source>
        <translation>third</translation>
    </message>
    <message>
        <source>第四个</source>
        <translation>fourth</translation>
    </message>
    <message>
        <source>最后一个</source>
        <translation>last</translation>
    </message>
    <message>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>重复召开(&amp;P)</source>
        <translation>Re&amp;peat</translation>
    </message>
    <message>
        <source>永不结束（保存两年内的会议，以后自动续排）</source>
        <translation>Never (meetings are created two years ahead and extended automatically)</translation>
    </message>
    <message>
        <source>截止日期：</source>
        <translation>On date:</translation>
    </message>
    <message>
        <source>共</source>
        <translation>After</translation>
    </message>
    <message>
        <source> 次</source>
        <translation> occurrences</translation>
    </message>
    <message>
        <source>频率(&amp;F)：</source>
        <translation>&amp;Frequency:</translation>
    </message>
    <message>
        <source>日期(&amp;D)：</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>自定义规则(&amp;R)：</source>
        <translation>Custom &amp;rule:</translation>
    </message>
    <message>
        <source>结束：</source>
        <translation>Ends:</translation>
    </message>
    <message>
        <source>遇节假日(&amp;H)：</source>
        <translation>On &amp;holidays:</translation>
    </message>
    <message>
        <source>规则：</source>
        <translation>Rule:</translation>
    </message>
    <message>
        <source>每次在{day}日</source>
        <translation>On day {day}</translation>
    </message>
    <message>
        <source>每次在{nth}{weekday}</source>
        <translation>On the {nth} {weekday}</translation>
    </message>
    <message>
        <source>每次在当月最后一天</source>
        <translation>On the last day of the month</translation>
    </message>
    <message>
        <source>不重复</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <source>（规则不完整）</source>
        <translation>(incomplete rule)</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <source>知道了</source>
        <translation>Got It</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>重新启动处置：{number}</source>
        <translation>Reopen: {number}</translation>
    </message>
    <message>
        <source>原因(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>如：企业未按承诺支付，职工再次聚集</source>
        <translation>e.g. the company did not pay as promised and the workers gathered again</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>报送报告：{number}</source>
        <translation>Send report: {number}</translation>
    </message>
    <message>
        <source>报告类别(&amp;K)：</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>报告名称：</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>报送时间(&amp;T)：</source>
        <translation>Sent a&amp;t:</translation>
    </message>
    <message>
        <source>报告内容(&amp;B)：</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>续报只写自上次报告以来的新情况。报告保存后不能修改。</source>
        <translation>A follow-up gives only what changed since the last report. A saved report cannot be changed.</translation>
    </message>
    <message>
        <source>更换报告类别</source>
        <translation>Change report kind</translation>
    </message>
    <message>
        <source>已修改的报告内容将换成新类别的草稿。继续吗？</source>
        <translation>Your edited text will be replaced by the draft of the new kind. Continue?</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>督办报表</source>
        <translation>Follow-up reports</translation>
    </message>
    <message>
        <source>年度督办台账（.xlsx 或 .docx）</source>
        <translation>Yearly follow-up ledger (.xlsx or .docx)</translation>
    </message>
    <message>
        <source>督办通报（.docx）</source>
        <translation>Follow-up bulletin (.docx)</translation>
    </message>
    <message>
        <source>全部机制</source>
        <translation>All mechanisms</translation>
    </message>
    <message>
        <source>选择保存位置</source>
        <translation>Choose where to save</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>生成</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>统计期间：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>机制：</source>
        <translation>Mechanism:</translation>
    </message>
    <message>
        <source>保存到：</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <source>台账按机制统计全年会议、议定事项和督办事项，另附督办事项明细和会议明细（.xlsx）。</source>
        <translation>The ledger counts the year&apos;s meetings, decisions and follow-up items by mechanism, with item and meeting details (.xlsx).</translation>
    </message>
    <message>
        <source>通报列出统计期间新增、办结、撤销的督办事项，以及截至今天逾期未办结的事项。</source>
        <translation>The bulletin lists the follow-up items opened, closed and withdrawn in the period, and those overdue and still open as of today.</translation>
    </message>
    <message>
        <source>{year}年督办台账.xlsx</source>
        <translation>follow-up-ledger-{year}.xlsx</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;Word 文档 (*.docx)</source>
        <translation>Excel workbook (*.xlsx);;Word document (*.docx)</translation>
    </message>
    <message>
        <source>督办通报.docx</source>
        <translation>follow-up-bulletin.docx</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>保存报表</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>无法生成报表</source>
        <translation>Cannot generate the report</translation>
    </message>
    <message>
        <source>统计期间的开始日期晚于结束日期。</source>
        <translation>The period starts after it ends.</translation>
    </message>
    <message>
        <source>正在生成报表…</source>
        <translation>Generating the report…</translation>
    </message>
    <message>
        <source>已生成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>报表已保存到：
{path}</source>
        <translation>The report was saved to:
{path}</translation>
    </message>
</context>
<context>
    <name>RepresentativeDialog</name>
    <message>
        <source>添加代表</source>
        <translation>Add Representative</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>人员(&amp;P)：</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>机制内职务(&amp;T)：</source>
        <translation>Mechanism &amp;role:</translation>
    </message>
    <message>
        <source>该单位没有可添加的联系人：请先在“联系人”页为该单位添加人员。</source>
        <translation>This organisation has no contacts to add. Add people for it on the Contacts page first.</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>排查结果：{name}</source>
        <translation>Screening result: {name}</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>职工人数：</source>
        <translation>Workers:</translation>
    </message>
    <message>
        <source>欠薪月数(&amp;A)：</source>
        <translation>&amp;Arrears months:</translation>
    </message>
    <message>
        <source>涉及职工人数(&amp;W)：</source>
        <translation>&amp;Workers affected:</translation>
    </message>
    <message>
        <source>欠薪金额（元）(&amp;M)：</source>
        <translation>A&amp;mount owed (yuan):</translation>
    </message>
    <message>
        <source>社保欠缴月数(&amp;I)：</source>
        <translation>Social &amp;insurance arrears months:</translation>
    </message>
    <message>
        <source>拟裁减人数(&amp;L)：</source>
        <translation>Planned &amp;layoffs:</translation>
    </message>
    <message>
        <source>备注(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>没有欠薪填 0</source>
        <translation>Enter 0 if no wages are owed</translation>
    </message>
    <message>
        <source>清除结果(&amp;C)</source>
        <translation>&amp;Clear result</translation>
    </message>
    <message>
        <source>清空各项后确定：该企业回到“未排查”</source>
        <translation>Empties every field; after OK the enterprise is “not screened” again</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>登记簿</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>个人信息保存</source>
        <translation>Personal data kept</translation>
    </message>
    <message>
        <source>档案保存期</source>
        <translation>Archive period</translation>
    </message>
    <message>
        <source>无档案期</source>
        <translation>No archive period</translation>
    </message>
    <message>
        <source>依据《个人信息保护法》第十九条，个人信息的保存期限应当为实现处理目的所必要的最短时间。登记结束（结案、事件结束、排查截止）后满“个人信息保存”年限，职工姓名、身份证号码、电话、住址及附件可在“文件 → 清除到期个人信息”中清除，统计数据保留；按第四十七条，档案保存期尚未届满的记录只封存、不清除，封存期间仅作存储，启封须说明原因并记入操作日志。</source>
        <translation>Under PIPL Art. 19, personal data is kept only as long as its purpose needs. Once a record has been closed (a case closed, an incident ended, a screening over) for the years set under &quot;Personal data kept&quot;, workers&apos; names, ID numbers, phones, addresses and attachments can be purged in File → Purge expired personal data, keeping the statistics; under Art. 47, records still within their archive period are sealed instead of purged, kept in storage only, and unsealing needs a reason written to the audit log.</translation>
    </message>
    <message>
        <source> 年</source>
        <translation> years</translation>
    </message>
    <message>
        <source>无法保存保存期限</source>
        <translation>Cannot save the retention periods</translation>
    </message>
</context>
<context>
    <name>RuleEditDialog</name>
    <message>
        <source>修改期限规则：{name}</source>
        <translation>Edit clock rule: {name}</translation>
    </message>
    <message>
        <source>起算：</source>
        <translation>Counts from:</translation>
    </message>
    <message>
        <source>期间长度(&amp;A)：</source>
        <translation>&amp;Length:</translation>
    </message>
    <message>
        <source>单位(&amp;U)：</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>末日处理(&amp;M)：</source>
        <translation>Last day &amp;handling:</translation>
    </message>
    <message>
        <source>法律依据(&amp;B)：</source>
        <translation>Legal &amp;basis:</translation>
    </message>
    <message>
        <source>依据已对照公布的法律文本核实(&amp;V)</source>
        <translation>Basis checked against a published text of the law (&amp;V)</translation>
    </message>
    <message>
        <source>最长延期(&amp;E)：</source>
        <translation>Max. &amp;extension:</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>说明(&amp;N)：</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>RuleSettingsDialog</name>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>预警规则</source>
        <translation>Warning rules</translation>
    </message>
    <message>
        <source>欠薪超过（红色）</source>
        <translation>Arrears over (red)</translation>
    </message>
    <message>
        <source>欠薪达到（橙色）</source>
        <translation>Arrears from (orange)</translation>
    </message>
    <message>
        <source>涉及职工达到（至少黄色）</source>
        <translation>Workers affected from (at least yellow)</translation>
    </message>
    <message>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <source>拟裁减人数达到（至少黄色）</source>
        <translation>Planned layoffs from (at least yellow)</translation>
    </message>
    <message>
        <source>或占职工总数达到（至少黄色）</source>
        <translation>or share of all workers from (at least yellow)</translation>
    </message>
    <message>
        <source>预警有效期</source>
        <translation>Warning valid for</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>欠薪不足橙色界限但多于 0 个月为黄色；仅有社保欠缴为蓝色。裁员界限依据劳动合同法第四十一条（20 人以上或占职工总数 10% 以上）。规则保存在本机当前用户的配置文件夹中，命令行同样适用。</source>
        <translation>Arrears of more than 0 months but below the orange threshold are yellow; social insurance arrears alone are blue. The layoff thresholds follow Article 41 of the Labour Contract Law (20 people or more, or 10% of all workers or more). The rules are saved in the current user&apos;s settings folder on this computer and apply to the command line as well.</translation>
    </message>
    <message>
        <source>正在按新规则重新生成预警建议…</source>
        <translation>Making the warning suggestions again under the new rules…</translation>
    </message>
    <message>
        <source>新增建议 {created} 条，更新 {updated} 条，撤回 {withdrawn} 条。</source>
        <translation>{created} suggestions added, {updated} updated, {withdrawn} withdrawn.</translation>
    </message>
    <message>
        <source>无法重新生成预警建议</source>
        <translation>Cannot make the warning suggestions again</translation>
    </message>
    <message>
        <source>正在重新生成预警建议…</source>
        <translation>Making the warning suggestions again…</translation>
    </message>
</context>
<context>
    <name>ScreeningsPage</name>
    <message>
        <source>排查</source>
        <translation>Screenings</translation>
    </message>
    <message>
        <source>新建排查…</source>
        <translation>New screening…</translation>
    </message>
    <message>
        <source>按企业名称、代码、园区、负责单位或备注筛选</source>
        <translation>Filter by enterprise, code, park, responsible unit or notes</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>未排查</source>
        <translation>Not screened</translation>
    </message>
    <message>
        <source>已排查</source>
        <translation>Screened</translation>
    </message>
    <message>
        <source>有问题</source>
        <translation>With problems</translation>
    </message>
    <message>
        <source>分配负责单位…</source>
        <translation>Assign responsible unit…</translation>
    </message>
    <message>
        <source>填写结果…</source>
        <translation>Enter result…</translation>
    </message>
    <message>
        <source>导出排查表…</source>
        <translation>Export screening sheet…</translation>
    </message>
    <message>
        <source>导入排查结果…</source>
        <translation>Import screening results…</translation>
    </message>
    <message>
        <source>导出未排查名单…</source>
        <translation>Export unscreened list…</translation>
    </message>
    <message>
        <source>园区/街道</source>
        <translation>Park / street</translation>
    </message>
    <message>
        <source>负责单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>按园区/街道</source>
        <translation>By park or street</translation>
    </message>
    <message>
        <source>按负责单位</source>
        <translation>By responsible unit</translation>
    </message>
    <message>
        <source>共 {n} 家</source>
        <translation>{n} enterprises</translation>
    </message>
    <message>
        <source>显示 {shown} 家，共 {n} 家</source>
        <translation>Showing {shown} of {n} enterprises</translation>
    </message>
    <message>
        <source>（未排查）</source>
        <translation> (not screened)</translation>
    </message>
    <message>
        <source>导出未排查名单</source>
        <translation>Export unscreened list</translation>
    </message>
    <message>
        <source>导出排查表</source>
        <translation>Export screening sheet</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>已导出 {n} 家企业：{path}</source>
        <translation>{n} enterprises exported: {path}</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>无法建立排查</source>
        <translation>Cannot create the screening</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>无法分配</source>
        <translation>Cannot assign</translation>
    </message>
    <message>
        <source>已保存排查结果；预警建议新增 {c} 条、更新 {u} 条、撤回 {w} 条。</source>
        <translation>Screening result saved; warning suggestions: {c} new, {u} updated, {w} withdrawn.</translation>
    </message>
    <message>
        <source>已分配 {n} 家企业。</source>
        <translation>{n} enterprises assigned.</translation>
    </message>
    <message>
        <source>已导入新结果 {new} 家、修改 {changed} 家；预警建议新增 {s} 条、更新 {u} 条、撤回 {w} 条。</source>
        <translation>Imported {new} new results and {changed} changes; warning suggestions: {s} new, {u} updated, {w} withdrawn.</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>会议日期</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Snippet</translation>
    </message>
    <message>
        <source>纪要</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>议定事项</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>会议材料</source>
        <translation>Meeting material</translation>
    </message>
    <message>
        <source>纪要附件</source>
        <translation>Minutes attachment</translation>
    </message>
    <message>
        <source>督办材料</source>
        <translation>Follow-up material</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>邮件服务器</source>
        <translation>Mail server</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>预警规则</source>
        <translation>Warning rules</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>保存期限</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>快捷键</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <source>预警规则已修改。是否按新规则重新生成所有已排查企业的待签发预警建议？（已签发或不予预警的不受影响）</source>
        <translation>The warning rules changed. Make the pending suggestions of every screened enterprise again under the new rules? (Issued and dismissed warnings are not affected.)</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>导入排查结果：{name}</source>
        <translation>Import screening results: {name}</translation>
    </message>
    <message>
        <source>无法导入该文件</source>
        <translation>Cannot import this file</translation>
    </message>
    <message>
        <source>正在读取排查表…</source>
        <translation>Reading the screening sheet…</translation>
    </message>
    <message>
        <source>选择填好的排查表（.xlsx 或 .csv）后，这里会列出每一行将如何处理；确认后才会写入。结果各栏都空着的行视为未排查，不会改动。</source>
        <translation>Once you choose a filled-in screening sheet (.xlsx or .csv), every row and what will happen to it is listed here; nothing is written until you confirm. A row whose result cells are all empty counts as not screened and changes nothing.</translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>正在导入排查结果…</source>
        <translation>Importing screening results…</translation>
    </message>
</context>
<context>
    <name>SheetPreviewModel</name>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>欠薪月数</source>
        <translation>Arrears months</translation>
    </message>
    <message>
        <source>涉及职工</source>
        <translation>Workers affected</translation>
    </message>
    <message>
        <source>欠薪金额（元）</source>
        <translation>Amount owed (yuan)</translation>
    </message>
    <message>
        <source>社保欠缴月数</source>
        <translation>Social insurance arrears months</translation>
    </message>
    <message>
        <source>拟裁减</source>
        <translation>Planned layoffs</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ShortcutsTab</name>
    <message>
        <source>（无）点击后按下组合键</source>
        <translation>(none) click, then press the keys</translation>
    </message>
    <message>
        <source>标准快捷键：{key}</source>
        <translation>Standard shortcut: {key}</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>点击一栏后按下新的组合键；清空一栏恢复标准快捷键。</source>
        <translation>Click a field, then press the new keys; clear a field to restore the standard shortcut.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>登录 — 三方联席秘书台</source>
        <translation>Sign in — Tripartite Secretariat</translation>
    </message>
    <message>
        <source>登录名(&amp;N)：</source>
        <translation>Sign-in &amp;name:</translation>
    </message>
    <message>
        <source>密码(&amp;P)：</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>该数据库（{where}）要求登录。请输入管理员为您设置的登录名和密码。</source>
        <translation>This database ({where}) requires sign-in. Enter the name and password your administrator set for you.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>撰写人</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>创建时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>签发</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>更正说明</source>
        <translation>Correction note</translation>
    </message>
</context>
<context>
    <name>WarningConflicts</name>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>预警级别</source>
        <translation>Warning level</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>影响范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>涉及职工人数</source>
        <translation>Workers affected</translation>
    </message>
    <message>
        <source>需关注事项</source>
        <translation>Points to watch</translation>
    </message>
    <message>
        <source>措施</source>
        <translation>Measures</translation>
    </message>
</context>
<context>
    <name>WarningDashboardView</name>
    <message>
        <source>园区/街道</source>
        <translation>Park / street</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>解除</source>
        <translation>Lifted</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>剩余天数</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>各园区生效中的预警</source>
        <translation>Active warnings by park</translation>
    </message>
    <message>
        <source>近12个月新增与解除</source>
        <translation>Raised and lifted, last 12 months</translation>
    </message>
    <message>
        <source>{n}天内到期</source>
        <translation>Expiring within {n} days</translation>
    </message>
    <message>
        <source>截至{today}，生效中的预警 {n} 项；已过期未解除 {expired} 项；待签发的建议 {suggested} 项。演练预警不计入统计。</source>
        <translation>As of {today}: {n} warnings active; {expired} expired but not lifted; {suggested} suggestions awaiting issue. Drill warnings are not counted.</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
</context>
<context>
    <name>WarningTableModel</name>
    <message>
        <source>企业名称</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>园区/街道</source>
        <translation>Park / street</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>消息</source>
        <translation>Msgs</translation>
    </message>
    <message>
        <source>演练</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>发布人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message>
        <source>预警信息</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>按企业名称、代码、园区、理由或提示函编号筛选</source>
        <translation>Filter by enterprise, code, park, reason or notice number</translation>
    </message>
    <message>
        <source>状态：除不予预警外</source>
        <translation>Status: all but dismissed</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>全部级别</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>签发…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <source>调整级别…</source>
        <translation>Change level…</translation>
    </message>
    <message>
        <source>延期…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <source>解除…</source>
        <translation>Lift…</translation>
    </message>
    <message>
        <source>不予预警…</source>
        <translation>Dismiss…</translation>
    </message>
    <message>
        <source>导出预警提示函…</source>
        <translation>Export warning notice…</translation>
    </message>
    <message>
        <source>列入下次预警会议议程</source>
        <translation>Put on the next warning meeting&apos;s agenda</translation>
    </message>
    <message>
        <source>导出预警清单…</source>
        <translation>Export warning list…</translation>
    </message>
    <message>
        <source>转为案件…</source>
        <translation>Turn into a case…</translation>
    </message>
    <message>
        <source>启动突发事件处置…</source>
        <translation>Open an incident…</translation>
    </message>
    <message>
        <source>预警规则…</source>
        <translation>Warning rules…</translation>
    </message>
    <message>
        <source>预警列表</source>
        <translation>Warning list</translation>
    </message>
    <message>
        <source>统计看板</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>全部园区/街道</source>
        <translation>All parks / streets</translation>
    </message>
    <message>
        <source>共 {n} 个预警</source>
        <translation>{n} warnings</translation>
    </message>
    <message>
        <source>显示 {shown} 个，共 {n} 个预警</source>
        <translation>Showing {shown} of {n} warnings</translation>
    </message>
    <message>
        <source>选择一个预警查看其消息记录。</source>
        <translation>Choose a warning to see its messages.</translation>
    </message>
    <message>
        <source>演练</source>
        <translation>Drill</translation>
    </message>
    <message>
        <source>预警理由：{reason}</source>
        <translation>Reason for the warning: {reason}</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>建议级别为{suggested}，签发为{level}。</source>
        <translation>Suggested as {suggested}, issued as {level}.</translation>
    </message>
    <message>
        <source>不予预警的理由：{reason}</source>
        <translation>Reason for dismissing: {reason}</translation>
    </message>
    <message>
        <source>关联案件：{numbers}</source>
        <translation>Linked cases: {numbers}</translation>
    </message>
    <message>
        <source>预警规则</source>
        <translation>Warning rules</translation>
    </message>
    <message>
        <source>规则已保存。是否按新规则重新生成所有已排查企业的待签发预警建议？（已签发或不予预警的不受影响）</source>
        <translation>The rules are saved. Make the pending warning suggestions of every screened enterprise again under the new rules? (Issued or dismissed warnings are not affected.)</translation>
    </message>
    <message>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>解除预警：{name}</source>
        <translation>Lift warning: {name}</translation>
    </message>
    <message>
        <source>解除理由(&amp;R)：</source>
        <translation>&amp;Reason for lifting:</translation>
    </message>
    <message>
        <source>不予预警：{name}</source>
        <translation>Dismiss suggestion: {name}</translation>
    </message>
    <message>
        <source>不予预警的理由(&amp;R)：</source>
        <translation>&amp;Reason for dismissing:</translation>
    </message>
    <message>
        <source>无法列入议程</source>
        <translation>Cannot put on the agenda</translation>
    </message>
    <message>
        <source>已列入议程</source>
        <translation>Put on the agenda</translation>
    </message>
    <message>
        <source>已列入{date}“{title}”的议程。</source>
        <translation>Put on the agenda of “{title}” on {date}.</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>导出预警提示函</source>
        <translation>Export warning notice</translation>
    </message>
    <message>
        <source>预警提示函-{name}.docx</source>
        <translation>Warning notice - {name}.docx</translation>
    </message>
    <message>
        <source>无法导出预警提示函</source>
        <translation>Cannot export the warning notice</translation>
    </message>
    <message>
        <source>已导出预警提示函：{path}</source>
        <translation>Warning notice exported: {path}</translation>
    </message>
    <message>
        <source>导出预警清单</source>
        <translation>Export warning list</translation>
    </message>
    <message>
        <source>劳资矛盾预警清单.docx</source>
        <translation>Labour conflict warning list.docx</translation>
    </message>
    <message>
        <source>无法导出预警清单</source>
        <translation>Cannot export the warning list</translation>
    </message>
    <message>
        <source>已导出预警清单（{n} 项）：{path}</source>
        <translation>Warning list exported ({n} items): {path}</translation>
    </message>
    <message>
        <source>转为案件：{name}</source>
        <translation>Turn into a case: {name}</translation>
    </message>
    <message>
        <source>已转为争议案件{number}，可在“争议案件”中办理。</source>
        <translation>Turned into dispute case {number}; handle it under Dispute cases.</translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <source>另有 {n} 条提醒未列出。</source>
        <translation>{n} more warnings not shown.</translation>
    </message>
    <message>
        <source>（只检查了系列中前 {n} 次会议。）</source>
        <translation>(Only the first {n} meetings of the series were checked.)</translation>
    </message>
    <message>
        <source>请注意（仍可保存）：</source>
        <translation>Please note (you can still save):</translation>
    </message>
    <message>
        <source>{year}年的法定节假日安排尚未导入，只知法定节假日、不知调休；可在“节假日”中导入。</source>
        <translation>The holiday schedule of {year} is not loaded: statutory holidays are known, make-up working days are not; import it under Holidays.</translation>
    </message>
    <message>
        <source>{date}（{weekday}）</source>
        <translation>{date} ({weekday})</translation>
    </message>
    <message>
        <source>{rule_date} 不是工作日，将顺延至 {date}</source>
        <translation>{rule_date} is not a working day; moved to {date}</translation>
    </message>
    <message>
        <source>{date} 是法定节假日：{name}</source>
        <translation>{date} is a public holiday: {name}</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>holiday</translation>
    </message>
    <message>
        <source>{date} 是休息日</source>
        <translation>{date} is a rest day</translation>
    </message>
    <message>
        <source>时间冲突：会议室“{room}”在 {when} 已被“{title}”占用</source>
        <translation>Clash: room &quot;{room}&quot; is taken by &quot;{title}&quot; at {when}</translation>
    </message>
    <message>
        <source>时间冲突：{name} 在 {when} 已有会议“{title}”</source>
        <translation>Clash: {name} already has the meeting &quot;{title}&quot; at {when}</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>+{n}</source>
        <translation>+{n}</translation>
    </message>
</context>
<context>
    <name>WeekHeader</name>
    <message>
        <source>全天</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>{weekday} {month}/{day}</source>
        <translation>{weekday} {month}/{day}</translation>
    </message>
    <message>
        <source>休 {name}</source>
        <translation>Off: {name}</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <source>+{n}</source>
        <translation>+{n}</translation>
    </message>
</context>
<context>
    <name>_ClockDialog</name>
    <message>
        <source>期限(&amp;R)：</source>
        <translation>Clock (&amp;R):</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>事件：</source>
        <translation>Incident:</translation>
    </message>
</context>
</TS>
