<#include "header.ftl">
<article>
<h1>${content.title?html}</h1>
<p><time>${content.date?string("yyyy-MM-dd")}</time><#if content.tags??> · <#list content.tags as t>${t?html}</#list></#if></p>
${content.body}
</article>
<#include "footer.ftl">
