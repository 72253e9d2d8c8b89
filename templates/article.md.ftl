<#-- Markdown: every inserted value is escaped; the body arrives as already-escaped Markdown. -->
<#assign a = article>
<#macro names title items><#if items?has_content>
- ${title}: <#list items as i><#if i.url??>[${i.name}](${i.url})<#else>${i.name}</#if><#if i.role??> (${i.role})</#if><#sep>, </#list>
</#if></#macro>
# ${a.title}

<#assign eventLink>[${a.event.title}](${a.event.url})</#assign>
${msg.format("partOf", eventLink)}

${a.body}
## ${msg.aboutArticle}

<#if a.outlet??>
- ${msg.outlet}: ${a.outlet}<#if a.outletKind?? || a.outletCountry??> (<#if a.outletKind??>${a.outletKind}</#if><#if a.outletKind?? && a.outletCountry??>, </#if><#if a.outletCountry??>${a.outletCountry}</#if>)</#if>
</#if>
<#if a.byline??>
- ${msg.byline}: ${a.byline}
</#if>
<#if a.published??>
- ${msg.published}: ${a.published.text}
</#if>
<#if a.updated??>
- ${msg.updated}: ${a.updated.text}
</#if>
<#if a.dateline??>
- ${msg.dateline}: ${a.dateline}
</#if>
- ${msg.sourceFile}: ${a.source} (${a.format})
<#if a.originalUrl??>
- ${msg.original}: [${a.originalUrl}](${a.originalUrlMd})
</#if>
<@names msg.people a.people/><@names msg.places a.places/><@names msg.organisations a.organisations/><@names msg.tags a.tags/>
