<#-- Markdown: every inserted value is escaped by the Markdown output format. -->
<#assign l = list>
# ${l.title}

${l.intro}<#if pager.count gt 1> ${msg.format("pageNumber", pager.number, pager.count)}.</#if>

<#list l.events as e>
- [${e.title}](${e.url}) — <#if e.date??>${e.date.text}<#else>${msg.dateUnknownInline}</#if><#if e.place??>, ${e.place}</#if>; ${e.coverage}
</#list>
<#if pager.count gt 1>

<#if pager.prev??>[${msg.previousPage}](${pager.prev})</#if><#if pager.prev?? && pager.next??> · </#if><#if pager.next??>[${msg.nextPage}](${pager.next})</#if>
</#if>
