<#-- Markdown: every inserted value is escaped; the body arrives as already-escaped Markdown. -->
<#assign a = article>
<#macro names title items><#if items?has_content>
- ${title}: <#list items as i><#if i.url??>[${i.name}](${i.url})<#else>${i.name}</#if><#if i.role??> (${i.role})</#if><#sep>, </#list>
</#if></#macro>
# ${a.title}

Part of: [${a.event.title}](${a.event.url})

${a.body}
## About this article

<#if a.outlet??>
- Outlet: ${a.outlet}<#if a.outletKind?? || a.outletCountry??> (<#if a.outletKind??>${a.outletKind}</#if><#if a.outletKind?? && a.outletCountry??>, </#if><#if a.outletCountry??>${a.outletCountry}</#if>)</#if>
</#if>
<#if a.byline??>
- Byline: ${a.byline}
</#if>
<#if a.published??>
- Published: ${a.published.text}
</#if>
<#if a.updated??>
- Updated: ${a.updated.text}
</#if>
<#if a.dateline??>
- Dateline: ${a.dateline}
</#if>
- Source file: ${a.source} (${a.format})
<#if a.originalUrl??>
- Original: [${a.originalUrl}](${a.originalUrlMd})
</#if>
<@names "People" a.people/><@names "Places" a.places/><@names "Organisations" a.organisations/><@names "Tags" a.tags/>
