<#-- Markdown: every inserted value is escaped by the Markdown output format. -->
<#assign l = list>
# ${l.title}
<#if l.total == 0>

${msg.noneNamedYet}
</#if>
<#list l.letters as g>

## ${g.letter}

<#list g.items as i>
- <#if i.url??>[${i.name}](${i.url}) (${i.count})<#else>${i.name}<#if i.event??>, ${msg.inEvent} [${i.event.title}](${i.event.url})<#else> (${i.count})</#if></#if>
</#list>
</#list>
