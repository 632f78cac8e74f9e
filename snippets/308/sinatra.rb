require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 308
    json message: 'Permanent Redirect'
end
