<#-- Markdown: every inserted value is escaped by the Markdown output format. -->
<#assign x = entity>
# ${x.name}

${x.kind?cap_first} · ${x.counts}<#if pager.count gt 1> · page ${pager.number} of ${pager.count}</#if>
<#if x.aliases?has_content>

Also written: <#list x.aliases as a>${a}<#sep>, </#list>
</#if>

Feeds of ${x.name}’s events: [Atom](${x.feed.atom}) · [JSON Feed](${x.feed.json})

## Events, newest first
<#list x.items as i>

- [${i.title}](${i.url}) — <#if i.date??>${i.date.text}<#else>date unknown</#if><#if i.place??>, ${i.place}</#if>; ${i.sourcesText}<#if i.role??>; as ${i.role}</#if>
<#if i.quote??>
  > ${i.quote}
</#if>
<#list i.headlines as h>
  - [${h.title}](${h.url})<#if h.published??> (${h.published.text})</#if>
</#list>
</#list>
<#if pager.count gt 1>

Page ${pager.number} of ${pager.count}<#if pager.prev??> · [Previous page](${pager.prev})</#if><#if pager.next??> · [Next page](${pager.next})</#if>
</#if>
