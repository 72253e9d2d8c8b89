<#-- Markdown: every inserted value is escaped by the Markdown output format. -->
<#assign l = list>
# ${l.title}

${l.intro}<#if pager.count gt 1> Page ${pager.number} of ${pager.count}.</#if>

<#list l.events as e>
- [${e.title}](${e.url}) — <#if e.date??>${e.date.text}<#else>date unknown</#if><#if e.place??>, ${e.place}</#if>; ${e.coverage}
</#list>
<#if pager.count gt 1>

<#if pager.prev??>[Previous page](${pager.prev})</#if><#if pager.prev?? && pager.next??> · </#if><#if pager.next??>[Next page](${pager.next})</#if>
</#if>
