<#-- Markdown: every inserted value is escaped by the Markdown output format. -->
<#assign x = entity>
# ${x.name}

${x.kind?cap_first} · ${x.counts}<#if pager.count gt 1> · ${msg.format("pageNumberInline", pager.number, pager.count)}</#if>
<#if x.aliases?has_content>

${msg.alsoWritten}: <#list x.aliases as a>${a}<#sep>, </#list>
</#if>

${msg.format("feedsOfEntity", x.name)}: [Atom](${x.feed.atom}) · [JSON Feed](${x.feed.json})

## ${msg.eventsNewestFirst}
<#list x.items as i>

- [${i.title}](${i.url}) — <#if i.date??>${i.date.text}<#else>${msg.dateUnknownInline}</#if><#if i.place??>, ${i.place}</#if>; ${i.sourcesText}<#if i.role??>; ${msg.format("asRoleInline", i.role)}</#if>
<#if i.quote??>
  > ${i.quote}
</#if>
<#list i.headlines as h>
  - [${h.title}](${h.url})<#if h.published??> (${h.published.text})</#if>
</#list>
</#list>
<#if pager.count gt 1>

${msg.format("pageNumber", pager.number, pager.count)}<#if pager.prev??> · [${msg.previousPage}](${pager.prev})</#if><#if pager.next??> · [${msg.nextPage}](${pager.next})</#if>
</#if>
